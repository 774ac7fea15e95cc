package io.providerportal.platform.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A JSON answer written while its rows are read, which is finished only when the writing is. Jackson would close
 * the open arrays and the response on a failure: the client would get a well-formed, shorter answer with 200. Here
 * a failure before the first flush leaves the buffer for the error answer, and one after it breaks the body.
 */
public final class StreamedJson {

    private static final Logger log = LoggerFactory.getLogger(StreamedJson.class);

    /**
     * A failure after the answer's start, carrying no cause: a database connection lost mid-read fails with an
     * EOFException inside, which Spring takes for a client that went away and swallows, so that the container
     * would end the answer as if it were whole. This reaches the container, which breaks the connection off.
     */
    public static final class AnswerBrokenOff extends RuntimeException {

        AnswerBrokenOff() {
            super("the answer failed after its start", null, false, false);
        }
    }

    public interface Body {
        void write(JsonGenerator out) throws IOException;
    }

    private StreamedJson() {}

    public static void write(ObjectMapper json, HttpServletResponse response, String contentType, Body body)
            throws IOException {
        response.setContentType(contentType);
        JsonGenerator out = json.getFactory()
                .createGenerator(response.getOutputStream())
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT);
        try {
            body.write(out);
        } catch (RuntimeException e) {
            if (!response.isCommitted()) {
                throw e;
            }
            log.error("Answer broken off after its start", e);
            throw new AnswerBrokenOff();
        }
        out.close();
    }
}

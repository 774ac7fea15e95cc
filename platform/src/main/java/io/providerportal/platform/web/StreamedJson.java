package io.providerportal.platform.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A JSON answer written while its rows are read, which is finished only when the writing is. Jackson would close
 * the open arrays and the response on a failure: the client would get a well-formed, shorter answer with 200. Here
 * a failure before the first flush leaves the buffer for the error answer, and one after it breaks the body.
 */
public final class StreamedJson {

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
        body.write(out);
        out.close();
    }
}

package io.providerportal.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

class StreamedJsonTest {

    private final ObjectMapper json = new ObjectMapper();
    private final MockHttpServletResponse response = new MockHttpServletResponse();

    @Test
    void a_finished_answer_is_whole_json() throws Exception {
        StreamedJson.write(json, response, "application/json", out -> {
            out.writeStartObject();
            out.writeArrayFieldStart("items");
            out.writeString("a");
            out.writeEndArray();
            out.writeEndObject();
        });

        assertThat(response.getContentAsString()).isEqualTo("{\"items\":[\"a\"]}");
        assertThat(response.getContentType()).isEqualTo("application/json");
    }

    @Test
    void a_read_that_fails_midway_leaves_the_response_open_for_the_error() {
        assertThatThrownBy(() -> StreamedJson.write(json, response, "application/json", out -> {
                    out.writeStartObject();
                    out.writeArrayFieldStart("items");
                    out.writeString("a");
                    throw new UncheckedIOException(new IOException(new SQLException("connection lost")));
                }))
                .isInstanceOf(UncheckedIOException.class);

        assertThat(response.isCommitted()).isFalse();
        assertThat(response.getContentAsByteArray()).isEmpty();
    }

    @Test
    void a_read_that_fails_after_a_flush_never_closes_the_arrays_it_opened() throws Exception {
        assertThatThrownBy(() -> StreamedJson.write(json, response, "application/json", out -> {
                    out.writeStartObject();
                    out.writeArrayFieldStart("items");
                    out.writeString("a");
                    out.flush();
                    throw new IllegalStateException("connection lost", new EOFException());
                }))
                // without its cause, which Spring would take for a client that went away and swallow
                .isInstanceOf(StreamedJson.AnswerBrokenOff.class)
                .hasNoCause();

        assertThat(response.getContentAsString()).isEqualTo("{\"items\":[\"a\"");
    }
}

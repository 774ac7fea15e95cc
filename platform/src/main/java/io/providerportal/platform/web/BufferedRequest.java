package io.providerportal.platform.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/** A request whose body is read once, up front, so that it can be measured or fingerprinted, then read as usual. */
public final class BufferedRequest extends HttpServletRequestWrapper {

    private final byte[] body;

    public BufferedRequest(HttpServletRequest request) throws IOException {
        this(request, Integer.MAX_VALUE - 8);
    }

    /** Reads at most {@code limit + 1} bytes, so that an endless body is never held whole. */
    BufferedRequest(HttpServletRequest request, int limit) throws IOException {
        super(request);
        this.body = request.getInputStream().readNBytes(limit + 1);
    }

    public int size() {
        return body.length;
    }

    public byte[] body() {
        return body.clone();
    }

    @Override
    public ServletInputStream getInputStream() {
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                return in.read(buffer, offset, length);
            }

            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException("synchronous reads only");
            }
        };
    }
}

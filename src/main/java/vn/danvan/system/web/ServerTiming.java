package vn.danvan.system.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UnsupportedEncodingException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Adds {@code Server-Timing: app;dur=<ms>, cpu;dur=<ms>} to every response: the time the server spent on the
 * request, from the first filter to the last byte of the rendered page, and the processor time of the thread
 * that served it (without the database's, and without the waits of a loaded machine). Browsers show it in their
 * developer tools and the benchmarks (bench/program-bench.sh) read it, so that a slow screen can be told from a
 * slow network, and work from waiting.
 *
 * <p>A header has to be sent before the body, and a page is written while it renders; so the body is held back
 * (up to {@value #HELD_BACK_BYTES} bytes) until the request is done. A larger body, such as a file download, is
 * streamed once that much is written, and its header then gives the time up to that point. Redirects and
 * errors get the time at which they were sent.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ServerTiming extends OncePerRequestFilter {

    static final String HEADER = "Server-Timing";
    static final int HELD_BACK_BYTES = 512 * 1024;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        TimedResponse timed = new TimedResponse(response, System.nanoTime(), cpuNanos());
        boolean completed = false;
        try {
            chain.doFilter(request, timed);
            completed = true;
        } finally {
            // on an exception the container renders its error page in place of a half-written one
            timed.finish(completed);
        }
    }

    /** "app;dur=12.3, cpu;dur=4.5": milliseconds with one decimal, whatever the server's locale. */
    static String value(long startNanos, long nowNanos, long cpuStartNanos, long cpuNowNanos) {
        String value = String.format(Locale.ROOT, "app;dur=%.1f", (nowNanos - startNanos) / 1_000_000.0);
        if (cpuStartNanos < 0 || cpuNowNanos < 0) {
            return value;
        }
        return value + String.format(Locale.ROOT, ", cpu;dur=%.1f", (cpuNowNanos - cpuStartNanos) / 1_000_000.0);
    }

    /** The processor time of this thread, or -1 where the JVM does not measure it. */
    static long cpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() && threads.isThreadCpuTimeEnabled() ? threads.getCurrentThreadCpuTime() : -1;
    }

    /** Holds the body back, up to a limit, so that the header can still be set when the request ends. */
    static final class TimedResponse extends HttpServletResponseWrapper {

        private final long start;
        private final long cpuStart;
        private final ByteArrayOutputStream held = new ByteArrayOutputStream(8192);
        private boolean streaming;
        private boolean stamped;
        private ServletOutputStream stream;
        private PrintWriter writer;

        TimedResponse(HttpServletResponse response, long start, long cpuStart) {
            super(response);
            this.start = start;
            this.cpuStart = cpuStart;
        }

        private HttpServletResponse wrapped() {
            return (HttpServletResponse) getResponse();
        }

        private void stamp() {
            if (!stamped && !wrapped().isCommitted()) {
                wrapped().setHeader(HEADER, value(start, System.nanoTime(), cpuStart, cpuNanos()));
            }
            stamped = true;
        }

        /** Sends what was held back, with the header, and writes through from now on. */
        private void startStreaming() throws IOException {
            if (streaming) {
                return;
            }
            stamp();
            streaming = true;
            if (held.size() > 0) {
                held.writeTo(wrapped().getOutputStream());
                held.reset();
            }
        }

        private void write(byte[] bytes, int offset, int length) throws IOException {
            if (!streaming && held.size() + length > HELD_BACK_BYTES) {
                startStreaming();
            }
            if (streaming) {
                wrapped().getOutputStream().write(bytes, offset, length);
            } else {
                held.write(bytes, offset, length);
            }
        }

        void finish(boolean completed) throws IOException {
            if (streaming) {
                return;
            }
            if (!completed) {
                held.reset();
                stamp();
                return;
            }
            if (writer != null) {
                writer.flush();
            }
            startStreaming();
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (writer != null) {
                throw new IllegalStateException("getWriter() has already been called for this response");
            }
            if (stream == null) {
                stream = new HeldStream();
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws UnsupportedEncodingException {
            if (stream != null) {
                throw new IllegalStateException("getOutputStream() has already been called for this response");
            }
            if (writer == null) {
                String encoding = getCharacterEncoding();
                // the container names the charset of a written page; the bytes reach it as a stream, so say it
                wrapped().setCharacterEncoding(encoding);
                writer = new PrintWriter(new OutputStreamWriter(new HeldStream(), encoding));
            }
            return writer;
        }

        @Override
        public void flushBuffer() throws IOException {
            // flushing would commit the response before the header is set: only a streamed body is flushed
            if (writer != null) {
                writer.flush();
            }
            if (streaming) {
                wrapped().flushBuffer();
            }
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            held.reset();
            stamp();
            streaming = true;
            super.sendRedirect(location);
        }

        @Override
        public void sendError(int status) throws IOException {
            held.reset();
            stamp();
            streaming = true;
            super.sendError(status);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            held.reset();
            stamp();
            streaming = true;
            super.sendError(status, message);
        }

        @Override
        public void resetBuffer() {
            held.reset();
            super.resetBuffer();
        }

        @Override
        public void reset() {
            held.reset();
            super.reset();
            // the reset removed the header too; a body held back gets it again at the end
            stamped = streaming;
        }

        private final class HeldStream extends ServletOutputStream {

            @Override
            public void write(int b) throws IOException {
                TimedResponse.this.write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                TimedResponse.this.write(bytes, offset, length);
            }

            @Override
            public void flush() throws IOException {
                if (streaming) {
                    wrapped().getOutputStream().flush();
                }
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException("no asynchronous output through the timing filter");
            }
        }
    }
}

package vn.danvan.system.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The Server-Timing header is set whenever it still can be, and the body reaches the client unchanged. */
class ServerTimingTest {

    private static MockHttpServletResponse run(FilterChain chain) throws ServletException, IOException {
        MockHttpServletResponse response = new MockHttpServletResponse();
        // like the container: a body larger than its buffer commits the response
        response.setBufferSize(8192);
        new ServerTiming().doFilter(new MockHttpServletRequest("GET", "/plans/1"), response, chain);
        return response;
    }

    @Test
    void aPageLargerThanTheContainersBufferStillGetsTheHeaderAndItsWholeBody() throws Exception {
        String page = "<p>Kế hoạch phối hợp công tác dân vận</p>\n".repeat(2_000);
        MockHttpServletResponse response = run((request, r) -> {
            r.setContentType("text/html;charset=UTF-8");
            r.getWriter().write(page);
            r.getWriter().flush();
            r.flushBuffer();
        });
        assertThat(response.getHeader(ServerTiming.HEADER)).matches("app;dur=\\d+\\.\\d, cpu;dur=\\d+\\.\\d");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(page);
        assertThat(response.getCharacterEncoding()).isEqualToIgnoringCase("UTF-8");
    }

    @Test
    void aBinaryBodyIsPassedThroughByteForByte() throws Exception {
        byte[] body = new byte[70_000];
        for (int i = 0; i < body.length; i++) {
            body[i] = (byte) i;
        }
        MockHttpServletResponse response = run((request, r) -> {
            r.getOutputStream().write(body, 0, 1);
            r.getOutputStream().write(body, 1, body.length - 1);
        });
        assertThat(response.getHeader(ServerTiming.HEADER)).startsWith("app;dur=");
        assertThat(response.getContentAsByteArray()).isEqualTo(body);
    }

    @Test
    void aDownloadLargerThanWhatIsHeldBackIsStreamedWithTheTimeUpToThatPoint() throws Exception {
        byte[] chunk = new byte[64 * 1024];
        int chunks = ServerTiming.HELD_BACK_BYTES / chunk.length + 3;
        MockHttpServletResponse response = run((request, r) -> {
            for (int i = 0; i < chunks; i++) {
                r.getOutputStream().write(chunk);
            }
            assertThat(r.isCommitted()).as("streamed once more than the limit is written").isTrue();
        });
        assertThat(response.getHeader(ServerTiming.HEADER)).startsWith("app;dur=");
        assertThat(response.getContentAsByteArray()).hasSize(chunks * chunk.length);
    }

    @Test
    void aRedirectCarriesTheTimeAtWhichItWasSent() throws Exception {
        MockHttpServletResponse response = run((request, r) -> ((jakarta.servlet.http.HttpServletResponse) r).sendRedirect("/tasks/1"));
        assertThat(response.getRedirectedUrl()).isEqualTo("/tasks/1");
        assertThat(response.getHeader(ServerTiming.HEADER)).startsWith("app;dur=");
    }

    @Test
    void onAnExceptionTheHalfWrittenPageIsDroppedForTheErrorPage() {
        MockHttpServletResponse response = new MockHttpServletResponse();
        assertThatThrownBy(() -> new ServerTiming().doFilter(new MockHttpServletRequest("GET", "/plans/1"), response, (request, r) -> {
            r.getWriter().write("<html><body>half");
            throw new IllegalStateException("template failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(response.isCommitted()).isFalse();
        assertThat(response.getContentAsByteArray()).isEmpty();
    }

    @Test
    void theDurationsAreInMillisecondsWithOneDecimalPointWhateverTheLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("vi-VN"));
            assertThat(ServerTiming.value(0, 12_345_678, 1_000_000, 5_500_000)).isEqualTo("app;dur=12.3, cpu;dur=4.5");
            assertThat(ServerTiming.value(0, 12_345_678, -1, -1)).as("without a processor clock").isEqualTo("app;dur=12.3");
        } finally {
            Locale.setDefault(before);
        }
    }
}

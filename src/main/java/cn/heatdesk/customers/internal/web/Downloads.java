package cn.heatdesk.customers.internal.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;

import cn.heatdesk.customers.CustomerExports;

/** Response headers for a file to save, with a Chinese file name. */
final class Downloads {

    private Downloads() {
    }

    /**
     * RFC 6266 with RFC 5987's {@code filename*} for the Chinese name, and a plain ASCII {@code filename}
     * for clients that know only that.
     */
    static void xlsx(HttpServletResponse response, String filename, String asciiFallback) {
        String encoded = URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
        response.setContentType(CustomerExports.CONTENT_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"" + asciiFallback + "\"; filename*=UTF-8''" + encoded);
        // A list of customers is personal data: no copy in shared caches or the browser's disk cache.
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}

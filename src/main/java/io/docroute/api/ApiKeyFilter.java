package io.docroute.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets an API request through only with one of the configured keys in the key header. Keys are compared in
 * constant time and never written anywhere; a refusal says which header is expected, never what was sent.
 */
public class ApiKeyFilter extends OncePerRequestFilter {

    private final List<byte[]> keys;
    private final String header;
    private final ObjectMapper json;

    public ApiKeyFilter(ApiProperties properties, ObjectMapper json) {
        this.keys = properties.keys().stream().map(k -> k.getBytes(StandardCharsets.UTF_8)).toList();
        this.header = properties.keyHeader();
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String presented = request.getHeader(header);
        if (presented != null && accepted(presented.getBytes(StandardCharsets.UTF_8))) {
            chain.doFilter(request, response);
            return;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, keys.isEmpty()
                ? "the API accepts no key yet: set docroute.api.keys (environment DOCROUTE_API_KEYS)"
                : presented == null ? "send an API key in the " + header + " header"
                : "the API key in the " + header + " header is not accepted");
        problem.setTitle("API key required");
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(HttpStatus.UNAUTHORIZED.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    private boolean accepted(byte[] presented) {
        boolean match = false;
        for (byte[] key : keys) {
            match |= MessageDigest.isEqual(key, presented);
        }
        return match;
    }
}

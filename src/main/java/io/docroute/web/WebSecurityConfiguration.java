package io.docroute.web;

import static org.springframework.security.config.Customizer.withDefaults;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.docroute.api.ApiKeyFilter;
import io.docroute.api.ApiProperties;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;

/**
 * Who may reach what over HTTP. {@code /api/**} takes an API key ({@link ApiKeyFilter}). {@code /actuator/health}
 * is public. Everything else — hawtio, Jolokia, {@code /actuator/prometheus}, the dashboard — needs the operator
 * login {@code docroute.web.user} / {@code docroute.web.password}: a browser is sent to the login form, a script
 * in a page gets 401, any other client 401 with an HTTP Basic challenge.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class WebSecurityConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(WebSecurityConfiguration.class);

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiProperties api, ObjectMapper json) throws Exception {
        return http.securityMatcher("/api/**")
                .addFilterBefore(new ApiKeyFilter(api, json), AuthorizationFilter.class)
                // the key filter has let the request through: nothing more to check
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // no cookies, no ambient authority: a key in a header cannot be forged cross-site
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain consoleChain(HttpSecurity http) throws Exception {
        MediaTypeRequestMatcher browser = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        browser.setUseEquals(true); // "Accept: */*" (curl, Prometheus) is not a browser
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/error").permitAll()
                        .anyRequest().authenticated())
                .formLogin(login -> login.defaultSuccessUrl("/dashboard"))
                .httpBasic(withDefaults())
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), browser)
                        // a page's fetch() once the session ended: 401 without the browser's Basic pop-up
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                                new RequestHeaderRequestMatcher("Sec-Fetch-Mode"))
                        .defaultAuthenticationEntryPointFor(basicEntryPoint(), AnyRequestMatcher.INSTANCE))
                // hawtio sends the XSRF-TOKEN cookie back as X-XSRF-TOKEN on its Jolokia POSTs: the cookie must be
                // readable, set on every response and compared as it is (not masked as by the default handler).
                // A request without a session (curl -u, Prometheus) carries no login to forge: no token needed.
                .csrf(csrf -> csrf
                        .csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(plainCsrfToken())
                        .ignoringRequestMatchers(request -> request.getRequestedSessionId() == null))
                .build();
    }

    /**
     * The one operator. The password is a plain value or an encoded one such as {@code {bcrypt}$2a$10$...}; without
     * one, no login succeeds (the password is a random value nobody is told).
     */
    @Bean
    UserDetailsService operators(@Value("${docroute.web.user:admin}") String user,
                                 @Value("${docroute.web.password:}") String password) {
        String secret = password;
        if (secret.isBlank()) {
            LOG.warn("No console password is set (docroute.web.password, environment DOCROUTE_WEB_PASSWORD): the"
                    + " dashboard, hawtio, Jolokia and /actuator/prometheus refuse every login");
            secret = UUID.randomUUID().toString();
        }
        String encoded = secret.matches("^\\{[a-z0-9]+}.*") ? secret
                : PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(secret);
        return new InMemoryUserDetailsManager(User.withUsername(user).password(encoded).roles("operator").build());
    }

    private static CsrfTokenRequestAttributeHandler plainCsrfToken() {
        CsrfTokenRequestAttributeHandler handler = new CsrfTokenRequestAttributeHandler();
        handler.setCsrfRequestAttributeName(null); // load the token on every request, so the cookie is always there
        return handler;
    }

    private static BasicAuthenticationEntryPoint basicEntryPoint() {
        BasicAuthenticationEntryPoint entryPoint = new BasicAuthenticationEntryPoint();
        entryPoint.setRealmName("docroute");
        return entryPoint;
    }
}

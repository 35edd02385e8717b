package io.docroute.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class ApiConfiguration {

    @Bean
    public FilterRegistrationBean<ApiKeyFilter> apiKeyFilter(ApiProperties properties, ObjectMapper json) {
        FilterRegistrationBean<ApiKeyFilter> registration =
                new FilterRegistrationBean<>(new ApiKeyFilter(properties, json));
        registration.addUrlPatterns("/api/*");
        return registration;
    }
}

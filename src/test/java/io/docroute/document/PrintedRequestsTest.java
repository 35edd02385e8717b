package io.docroute.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrintedRequestsTest {

    @Test
    void eachHeaderTakesTheFirstUrlGivenBeforeItThatNoHeaderTook() {
        String text = """
                http://127.0.0.1:5000/user_login
                Body raw (json)
                http://127.0.0.1:5000/user_logout
                POST Login
                This endpoint allows users to log in.
                POST Logout
                This endpoint logs a user out.
                http://127.0.0.1:5000/cart
                http://127.0.0.1:5000/cart
                GET Get all cart items
                DELETE remove item from cart
                """;

        assertThat(PrintedRequests.withUrlsUnderTheirHeaders(text).lines()).containsExactly(
                "Body raw (json)",
                "POST Login",
                "POST http://127.0.0.1:5000/user_login",
                "This endpoint allows users to log in.",
                "POST Logout",
                "POST http://127.0.0.1:5000/user_logout",
                "This endpoint logs a user out.",
                "GET Get all cart items",
                "GET http://127.0.0.1:5000/cart",
                "DELETE remove item from cart",
                "DELETE http://127.0.0.1:5000/cart");
    }

    @Test
    void eachHeaderTakesTheUrlALineOrTwoUnderItWhereThePageGivesThemSo() {
        String text = """
                (0)POST Register
                Register Users
                http://localhost:8080/user/register
                (0)POST Sign In
                http://localhost:8080/user/signin
                GET Symptoms - Get Medical Info on Users from Profile
                Data Microservice
                http://localhost:8081/search/ann
                DEL Delete a message
                http://localhost:8081/messages
                """;

        assertThat(PrintedRequests.withUrlsUnderTheirHeaders(text).lines()).containsExactly(
                "(0)POST Register", "POST http://localhost:8080/user/register", "Register Users",
                "(0)POST Sign In", "POST http://localhost:8080/user/signin",
                "GET Symptoms - Get Medical Info on Users from Profile", "GET http://localhost:8081/search/ann",
                "Data Microservice",
                "DEL Delete a message", "DELETE http://localhost:8081/messages");
    }

    @Test
    void aTextWithFewerRequestsIsLeftAsItIs() {
        String text = """
                POST Login
                http://127.0.0.1:5000/user_login
                POST Logout
                http://127.0.0.1:5000/user_logout
                """;

        assertThat(PrintedRequests.withUrlsUnderTheirHeaders(text)).isEqualTo(text);
    }
}

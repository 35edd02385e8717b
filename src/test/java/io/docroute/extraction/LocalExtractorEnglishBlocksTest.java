package io.docroute.extraction;

import static io.docroute.extraction.Extracted.find;
import static io.docroute.extraction.Extracted.parameter;
import static io.docroute.extraction.Extracted.responseType;
import static io.docroute.extraction.Extracted.spec;
import static org.assertj.core.api.Assertions.assertThat;

import io.docroute.extraction.InterfaceSpec.Parameter;
import io.docroute.extraction.InterfaceSpec.Property;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocalExtractorEnglishBlocksTest {

    @Test
    void listProductsIsAPagedGetOnTheCollection() {
        InterfaceSpec spec = spec(Blocks.listProducts());

        assertThat(spec.operationId()).isEqualTo("listProducts");
        assertThat(spec.method()).isEqualTo("GET");
        assertThat(spec.path()).isEqualTo("/products");
        assertThat(spec.parameters()).extracting(Parameter::in).containsOnly("query");
        assertThat(spec.response().shape()).isEqualTo("page");
        assertThat(responseType(spec, "price")).isEqualTo("number");
        assertThat(responseType(spec, "stock")).isEqualTo("integer");
    }

    @Test
    void theDescriptionSkipsTableLinesAndKeepsTheFirstSentence() {
        InterfaceSpec spec = spec(Blocks.listProducts());

        assertThat(spec.description()).isEqualTo("Lists products in the catalogue, newest first.");
    }

    @Test
    void getProductDetailsIsAGetOnTheItem() {
        InterfaceSpec spec = spec(Blocks.productDetails());

        assertThat(spec.operationId()).isEqualTo("getProduct");
        assertThat(spec.method()).isEqualTo("GET");
        assertThat(spec.path()).isEqualTo("/products/{productId}");
        assertThat(parameter(spec, "productId").in()).isEqualTo("path");
        assertThat(spec.tag()).isEqualTo("product");
    }

    @Test
    void createOrderPostsAJsonBodyToTheCollection() {
        InterfaceSpec spec = spec(Blocks.createOrder());

        assertThat(spec.operationId()).isEqualTo("createOrder");
        assertThat(spec.method()).isEqualTo("POST");
        assertThat(spec.path()).isEqualTo("/orders");
        assertThat(spec.requestBody().fields()).extracting(Property::name)
                .containsExactly("productId", "quantity", "couponCode");
        assertThat(responseType(spec, "orderId")).isEqualTo("integer");
        assertThat(responseType(spec, "amount")).isEqualTo("number");
    }

    @Test
    void updateOrderAddressActsOnTheAddressSubResourceOfOneOrder() {
        InterfaceSpec spec = spec(Blocks.updateOrderAddress());

        assertThat(spec.operationId()).isEqualTo("updateOrderAddress");
        assertThat(spec.method()).isEqualTo("PUT");
        assertThat(spec.path()).isEqualTo("/orders/{orderId}/address");
        assertThat(spec.parameters()).extracting(Parameter::name).containsExactly("orderId");
        assertThat(spec.requestBody().fields()).extracting(Property::name)
                .containsExactly("receiver", "city", "detail");
        assertThat(spec.tag()).isEqualTo("order");
    }

    @Test
    void cancelOrderUsesTheFieldNamedAfterTheEntityAsItemIdAndAnswersEmpty() {
        InterfaceSpec spec = spec(Blocks.cancelOrder());

        assertThat(spec.operationId()).isEqualTo("cancelOrder");
        assertThat(spec.method()).isEqualTo("POST");
        assertThat(spec.path()).isEqualTo("/orders/{orderId}/cancel");
        assertThat(parameter(spec, "orderId").in()).isEqualTo("path");
        assertThat(spec.requestBody().fields()).extracting(Property::name).containsExactly("reason");
        assertThat(spec.response().shape()).isEqualTo("empty");
    }

    @Test
    void deleteCartItemWithoutFieldsGetsAnIntegerIdNamedAfterTheEntity() {
        InterfaceSpec spec = spec(Blocks.deleteCartItem());

        assertThat(spec.operationId()).isEqualTo("deleteCartItem");
        assertThat(spec.method()).isEqualTo("DELETE");
        assertThat(spec.path()).isEqualTo("/cart-items/{cartItemId}");
        assertThat(spec.parameters()).containsExactly(new Parameter("cartItemId", "path", "integer", true, null));
        assertThat(spec.tag()).isEqualTo("cart");
        assertThat(spec.response().shape()).isEqualTo("empty");
    }

    @Test
    void exportOrdersWithCsvAnswersACsvFile() {
        InterfaceSpec spec = spec(Blocks.exportOrdersCsv());

        assertThat(spec.operationId()).isEqualTo("exportOrders");
        assertThat(spec.method()).isEqualTo("GET");
        assertThat(spec.path()).isEqualTo("/orders/export");
        assertThat(spec.response().shape()).isEqualTo("file");
        assertThat(spec.response().contentType()).isEqualTo("text/csv");
    }

    @Test
    void orderStatisticsIsAGetOnTheStatsSegment() {
        InterfaceSpec spec = spec(Blocks.orderStatistics());

        assertThat(spec.operationId()).isEqualTo("getOrderStats");
        assertThat(spec.method()).isEqualTo("GET");
        assertThat(spec.path()).isEqualTo("/orders/stats");
        assertThat(responseType(spec, "totalAmount")).isEqualTo("number");
        assertThat(responseType(spec, "orderCount")).isEqualTo("integer");
    }

    @Test
    void aGenericGetYieldsToAMoreSpecificActionLaterInTheTitle() {
        InterfaceSpec spec = spec(Blocks.block("Get sales statistics", "", List.of(), List.of()));

        assertThat(spec.operationId()).isEqualTo("getSalesStats");
        assertThat(spec.path()).isEqualTo("/sales/stats");
    }

    @Test
    void theEarliestEnglishActionWins() {
        InterfaceSpec spec = spec(Blocks.block("Export order list", "", List.of(), List.of()));

        assertThat(spec.operationId()).isEqualTo("exportOrders");
    }

    @Test
    void reviewOpeningATitleIsTheApproveAction() {
        InterfaceSpec spec = spec(Blocks.block("Review refund", "", List.of(), List.of()));

        assertThat(spec.operationId()).isEqualTo("approveRefund");
        assertThat(spec.path()).isEqualTo("/refunds/{refundId}/approve");
    }

    @Test
    void reviewAfterTheActionIsTheReviewEntity() {
        InterfaceSpec spec = spec(Blocks.block("Delete review", "", List.of(), List.of()));

        assertThat(spec.operationId()).isEqualTo("deleteReview");
        assertThat(spec.path()).isEqualTo("/reviews/{reviewId}");
    }

    @Test
    void anUnknownEnglishEntityIsTakenFromTheLastNounOfTheTitle() {
        InterfaceSpec spec = spec(Blocks.block("List gadget boxes", "", List.of(), List.of()));

        assertThat(spec.operationId()).isEqualTo("listBoxes");
        assertThat(spec.path()).isEqualTo("/boxes");
        assertThat(spec.tag()).isEqualTo("box");
    }

    @Test
    void importUploadsAMultipartFile() {
        InterfaceSpec spec = spec(Blocks.block("Import products", "Bulk upload of the catalogue.", List.of(),
                List.of("successCount", "failedCount")));

        assertThat(spec.method()).isEqualTo("POST");
        assertThat(spec.path()).isEqualTo("/products/import");
        assertThat(spec.requestBody().contentType()).isEqualTo("multipart/form-data");
        assertThat(spec.requestBody().fields()).containsExactly(new Property("file", "file", true, null));
        assertThat(responseType(spec, "successCount")).isEqualTo("integer");
    }

    @Test
    void fillerWordsAfterTheEntityAreNoSubResource() {
        InterfaceSpec spec = spec(Blocks.block("Get user info", "", List.of(), List.of()));

        assertThat(spec.path()).isEqualTo("/users/{userId}");
        assertThat(find(spec, "userId")).isPresent();
    }

    @Test
    void signingInOutOrUpIsRoutedUnderAuth() {
        assertThat(spec(Blocks.block("Log in", "", List.of(), List.of())).path()).isEqualTo("/auth/login");
        assertThat(spec(Blocks.block("User Login", "", List.of(), List.of())).path()).isEqualTo("/auth/login");
        assertThat(spec(Blocks.block("Sign up", "", List.of(), List.of())).path()).isEqualTo("/auth/register");
        assertThat(spec(Blocks.block("Log out", "", List.of(), List.of())).path()).isEqualTo("/auth/logout");
        assertThat(spec(Blocks.block("Login history", "", List.of(), List.of())).path()).doesNotStartWith("/auth");
        assertThat(spec(Blocks.block("As a registered user, I want to book a room", "", List.of(), List.of()))
                .path()).doesNotStartWith("/auth");
    }

    @Test
    void theWordsARequirementRunsOnWithNameNoSubResource() {
        assertThat(spec(Blocks.block("As a team, we can submit an offer for the current round", "", List.of(),
                List.of())).path()).isEqualTo("/teams");
        assertThat(spec(Blocks.block("As an admin, I want to create shifts so that services are scheduled", "",
                List.of(), List.of())).path()).isEqualTo("/shifts");
    }
}

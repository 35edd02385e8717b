package io.docroute.extraction;

import io.docroute.document.Field;
import io.docroute.document.FieldType;
import io.docroute.document.InterfaceBlock;
import java.util.List;
import java.util.stream.Stream;

/** Interface blocks as the document parsers hand them over, written the way PRD authors write them. */
final class Blocks {

    private Blocks() {
    }

    static InterfaceBlock userList() {
        return block("用户列表", """
                分页查询后台用户，支持按用户名、手机号、状态筛选，结果默认按注册时间倒序排列。列表页需要在一秒内返回。

                | 字段 | 类型 | 必填 | 说明 |
                | --- | --- | --- | --- |
                | page | 整数 | 是 | 页码，从 1 开始 |
                | pageSize | 整数 | 是 | 每页条数 |
                | status | 字符串 | 否 | 用户状态 |

                返回：userId、username、status、createdAt
                """,
                List.of(field("page", FieldType.INTEGER, true, "页码，从 1 开始"),
                        field("pageSize", FieldType.INTEGER, true, "每页条数"),
                        field("status", FieldType.STRING, false, "用户状态")),
                List.of("userId", "username", "status", "createdAt"));
    }

    static InterfaceBlock userDetail() {
        return block("用户详情", "根据用户ID查询单个用户的完整信息。",
                List.of(field("userId", FieldType.INTEGER, true, "用户ID，路径参数，必须为正整数"),
                        field("withRoles", FieldType.BOOLEAN, false, "是否同时返回角色明细")),
                List.of("userId", "username", "mobile", "roles", "lastLoginAt"));
    }

    static InterfaceBlock createUser() {
        return block("新增用户", "管理员在后台创建一个新的运营用户。",
                List.of(field("username", FieldType.STRING, true, "用户名"),
                        field("mobile", FieldType.STRING, true, "手机号"),
                        field("roles", FieldType.ARRAY, true, "角色编码列表"),
                        field("departmentId", FieldType.INTEGER, false, "所属部门ID")),
                List.of("userId", "username", "createdAt"));
    }

    static InterfaceBlock updateUser() {
        return block("修改用户", "修改指定用户的联系方式、角色和所属部门。",
                List.of(field("userId", FieldType.INTEGER, true, "用户ID，路径参数"),
                        field("mobile", FieldType.STRING, false, "新手机号"),
                        field("email", FieldType.STRING, false, "新邮箱地址")),
                List.of("userId", "mobile", "email", "updatedAt"));
    }

    static InterfaceBlock deleteUser() {
        return block("删除用户", "删除指定的后台用户，删除为逻辑删除。",
                List.of(field("userId", FieldType.INTEGER, true, "用户ID，路径参数"),
                        field("reason", FieldType.STRING, false, "删除原因")),
                List.of("无"));
    }

    static InterfaceBlock disableUser() {
        return block("禁用用户", "将指定用户置为禁用状态。",
                List.of(field("userId", FieldType.INTEGER, true, "用户ID，路径参数"),
                        field("reason", FieldType.STRING, true, "禁用原因"),
                        field("until", FieldType.DATE_TIME, false, "自动解除禁用的时间")),
                List.of("userId", "status", "disabledAt"));
    }

    static InterfaceBlock exportOrders() {
        return block("订单导出", "按与订单列表相同的筛选条件导出订单明细，生成 Excel 文件供运营人员下载。",
                List.of(field("startDate", FieldType.DATE, true, "下单开始日期"),
                        field("endDate", FieldType.DATE, true, "下单结束日期"),
                        field("status", FieldType.STRING, false, "订单状态")),
                List.of("Excel 文件"));
    }

    static InterfaceBlock salesStats() {
        return block("销售统计", "按日期范围统计销售额、订单数和客单价。",
                List.of(field("startDate", FieldType.DATE, true, "统计开始日期"),
                        field("endDate", FieldType.DATE, true, "统计结束日期"),
                        field("groupBy", FieldType.STRING, false, "汇总粒度")),
                List.of("date", "orderCount", "salesAmount", "avgAmount"));
    }

    static InterfaceBlock adjustStock() {
        return block("修改库存", "调整指定 SKU 的可售库存。",
                List.of(field("skuId", FieldType.INTEGER, true, "SKU ID，路径参数"),
                        field("quantity", FieldType.INTEGER, true, "调整数量"),
                        field("reason", FieldType.STRING, true, "调整原因")),
                List.of("skuId", "stock", "updatedAt"));
    }

    static InterfaceBlock listProducts() {
        return block("List products", """
                | Field | Type | Required | Description |
                | --- | --- | --- | --- |
                | page | integer | yes | Page number |

                Lists products in the catalogue, newest first. Paged.
                """,
                List.of(field("page", FieldType.INTEGER, true, "Page number"),
                        field("pageSize", FieldType.INTEGER, true, "Items per page"),
                        field("keyword", FieldType.STRING, false, "Matches the product name")),
                List.of("productId", "name", "price", "stock"));
    }

    static InterfaceBlock productDetails() {
        return block("Get product details", "Returns one product with its prices and stock.",
                List.of(field("productId", FieldType.INTEGER, true, "Product ID, path parameter")),
                List.of("productId", "name", "price", "description", "createdAt"));
    }

    static InterfaceBlock createOrder() {
        return block("Create order", "Places an order for one product.",
                List.of(field("productId", FieldType.INTEGER, true, "The product to buy"),
                        field("quantity", FieldType.INTEGER, true, "How many"),
                        field("couponCode", FieldType.STRING, false, "Optional coupon")),
                List.of("orderId", "amount", "status"));
    }

    static InterfaceBlock updateOrderAddress() {
        return block("Update order address", "Changes where an unshipped order is delivered.",
                List.of(field("orderId", FieldType.INTEGER, true, "Order ID, path parameter"),
                        field("receiver", FieldType.STRING, true, "Who receives the parcel"),
                        field("city", FieldType.STRING, true, "City"),
                        field("detail", FieldType.STRING, true, "Street and number")),
                List.of("orderId", "address", "updatedAt"));
    }

    static InterfaceBlock cancelOrder() {
        return block("Cancel order", "Cancels an order that has not shipped yet.",
                List.of(field("orderId", FieldType.INTEGER, true, "The order"),
                        field("reason", FieldType.STRING, false, "Why the buyer cancels")),
                List.of());
    }

    static InterfaceBlock deleteCartItem() {
        return block("Delete cart item", "Removes one item from the shopping cart.", List.of(), List.of());
    }

    static InterfaceBlock exportOrdersCsv() {
        return block("Export orders with CSV", "Exports the orders of a date range.",
                List.of(field("startDate", FieldType.DATE, true, "First day"),
                        field("endDate", FieldType.DATE, true, "Last day")),
                List.of("CSV file"));
    }

    static InterfaceBlock orderStatistics() {
        return block("Order statistics", "Counts orders and sums their amounts per day.",
                List.of(field("startDate", FieldType.DATE, true, "First day"),
                        field("endDate", FieldType.DATE, true, "Last day")),
                List.of("date", "orderCount", "totalAmount"));
    }

    static Stream<InterfaceBlock> all() {
        return Stream.of(userList(), userDetail(), createUser(), updateUser(), deleteUser(), disableUser(),
                exportOrders(), salesStats(), adjustStock(), listProducts(), productDetails(), createOrder(),
                updateOrderAddress(), cancelOrder(), deleteCartItem(), exportOrdersCsv(), orderStatistics());
    }

    static InterfaceBlock block(String title, String text, List<Field> fields, List<String> returns) {
        return new InterfaceBlock(0, title, text, fields, returns);
    }

    static Field field(String name, FieldType type, boolean required, String description) {
        return new Field(name, type, required, description);
    }
}

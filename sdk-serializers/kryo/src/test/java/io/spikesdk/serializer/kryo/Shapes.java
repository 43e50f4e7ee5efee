package io.spikesdk.serializer.kryo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** Value shapes for round trips. */
final class Shapes {

    /** The registrations the shapes need, as the option value. */
    static final String REGISTER = String.join(",",
            Person.class.getName() + ":100", Order.class.getName() + ":101", LineItem.class.getName() + ":102",
            Status.class.getName() + ":103", Blob.class.getName() + ":104", Node.class.getName());

    private Shapes() {
    }

    enum Status { NEW, SHIPPED }

    record Person(String name, int age, List<String> tags, Map<String, Object> attributes, Person friend) {
    }

    record Blob(String label, byte[] data) {
    }

    static final class Node {
        Node next;
    }

    static final class LineItem {
        final String sku;
        final int quantity;

        LineItem(String sku, int quantity) {
            this.sku = sku;
            this.quantity = quantity;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof LineItem && ((LineItem) o).sku.equals(sku) && ((LineItem) o).quantity == quantity;
        }

        @Override
        public int hashCode() {
            return Objects.hash(sku, quantity);
        }
    }

    static final class Order {
        UUID id;
        Status status;
        BigDecimal total;
        Instant placed;
        LocalDate due;
        List<LineItem> items = new ArrayList<>();
        Map<String, List<Integer>> buckets = new LinkedHashMap<>();
        Set<String> labels = new TreeSet<>();
        String comment;
        Order parent;

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Order)) {
                return false;
            }
            Order other = (Order) o;
            return Objects.equals(id, other.id) && status == other.status && Objects.equals(total, other.total)
                    && Objects.equals(placed, other.placed) && Objects.equals(due, other.due)
                    && items.equals(other.items) && buckets.equals(other.buckets) && labels.equals(other.labels)
                    && Objects.equals(comment, other.comment) && Objects.equals(parent, other.parent);
        }

        @Override
        public int hashCode() {
            return Objects.hash(id, items);
        }
    }

    static Order order() {
        Order order = new Order();
        order.id = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
        order.status = Status.SHIPPED;
        order.total = new BigDecimal("1234.5600");
        order.placed = Instant.parse("2024-05-06T07:08:09.123456789Z");
        order.due = LocalDate.of(2024, 6, 1);
        order.items.add(new LineItem("sku-1", 2));
        order.items.add(new LineItem("Ünïcødé ✓ 漢字 🚀", 1));
        order.buckets.put("a", List.of(1, 2, 3));
        order.buckets.put("empty", List.of());
        order.labels.addAll(Set.of("x", "y"));
        Order parent = new Order();
        parent.comment = "parent";
        order.parent = parent;
        return order;
    }
}

package io.spikesdk.testfixtures.serializer;

import java.io.Serializable;
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

/**
 * Value shapes for round trips through the field-based serializers (Java serialization and Kryo): records and
 * classes with fields and no setters, all {@link Serializable}.
 */
public final class PojoShapes {

    private PojoShapes() {
    }

    public enum Status { NEW, SHIPPED }

    public record Person(String name, int age, List<String> tags, Map<String, Object> attributes, Person friend)
            implements Serializable {
    }

    public record Blob(String label, byte[] data) implements Serializable {
    }

    /** A linked list, for reference tracking and depth limits. */
    public static final class Node implements Serializable {
        private static final long serialVersionUID = 1L;
        public Node next;
    }

    public static final class LineItem implements Serializable {
        private static final long serialVersionUID = 1L;
        public final String sku;
        public final int quantity;

        public LineItem(String sku, int quantity) {
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

    public static final class Order implements Serializable {
        private static final long serialVersionUID = 1L;
        public UUID id;
        public Status status;
        public BigDecimal total;
        public Instant placed;
        public LocalDate due;
        public List<LineItem> items = new ArrayList<>();
        public Map<String, List<Integer>> buckets = new LinkedHashMap<>();
        public Set<String> labels = new TreeSet<>();
        public String comment;
        public Order parent;

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

    public static Order order() {
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
        order.comment = null;
        Order parent = new Order();
        parent.comment = "parent";
        order.parent = parent;
        return order;
    }
}

package io.spikesdk.testfixtures.serializer;

import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** Value shapes for round trips through the Jackson-based serializers (JSON and MessagePack): public bean fields. */
public final class JacksonShapes {

    private JacksonShapes() {
    }

    public enum Status { NEW, SHIPPED }

    public record Person(String name, int age, List<String> tags, Map<String, Object> attributes, Person friend) {
    }

    public record Blob(String label, byte[] data) {
    }

    /** A class-name polymorphic property: only allow-listed class names may appear in it. */
    public static final class Holder {
        @JsonTypeInfo(use = JsonTypeInfo.Id.CLASS)
        public Object payload;
    }

    /** An allowed polymorphic payload. */
    public static final class SafeThing {
        public String note;
    }

    public static final class LineItem {
        public String sku;
        public int quantity;

        public LineItem() {
        }

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

    public static final class Order {
        public UUID id;
        public Status status;
        public BigDecimal total;
        public long placedEpochMillis;
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
                    && placedEpochMillis == other.placedEpochMillis
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
        order.placedEpochMillis = 1_714_979_289_123L;
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

package io.spikesdk.benchmarks.jmh;

import com.google.protobuf.ListValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The application object of the serializer benchmark: a small order (a Java bean, Serializable). */
public final class Order implements Serializable {
    private static final long serialVersionUID = 1L;

    private long id;
    private String customer;
    private double total;
    private boolean paid;
    private ArrayList<String> items = new ArrayList<>();

    public Order() {
    }

    /** The order every serializer benchmark writes: 5 fields, 8 items. */
    public static Order sample() {
        Order o = new Order();
        o.id = 4_242_424_242L;
        o.customer = "customer-000123 <someone@example.com>";
        o.total = 1234.56;
        o.paid = true;
        for (int i = 0; i < 8; i++) {
            o.items.add("sku-" + (10_000 + i * 37));
        }
        return o;
    }

    /**
     * A larger order, about 1 KB of data: a longer customer field and 32 items of 28 characters
     * (≈ 0.9–1.3 KB serialized, depending on the serializer).
     */
    public static Order large() {
        Order o = new Order();
        o.id = 4_242_424_243L;
        o.customer = "customer-000123 <someone.with.a.longer.address@example.com>, 1 Long Street, Springfield";
        o.total = 98_765.43;
        o.paid = false;
        for (int i = 0; i < 32; i++) {
            o.items.add("sku-" + (10_000 + i * 37) + ":cotton-shirt-blue-size-M");
        }
        return o;
    }

    /** The same data as a protobuf {@code Struct} (protobuf stores messages, not beans). */
    public Struct toStruct() {
        ListValue.Builder list = ListValue.newBuilder();
        for (String item : items) {
            list.addValues(Value.newBuilder().setStringValue(item));
        }
        return Struct.newBuilder()
                .putFields("id", Value.newBuilder().setNumberValue(id).build())
                .putFields("customer", Value.newBuilder().setStringValue(customer).build())
                .putFields("total", Value.newBuilder().setNumberValue(total).build())
                .putFields("paid", Value.newBuilder().setBoolValue(paid).build())
                .putFields("items", Value.newBuilder().setListValue(list).build())
                .build();
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public String getCustomer() {
        return customer;
    }

    public void setCustomer(String customer) {
        this.customer = customer;
    }

    public double getTotal() {
        return total;
    }

    public void setTotal(double total) {
        this.total = total;
    }

    public boolean isPaid() {
        return paid;
    }

    public void setPaid(boolean paid) {
        this.paid = paid;
    }

    public List<String> getItems() {
        return items;
    }

    public void setItems(List<String> items) {
        this.items = new ArrayList<>(items);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Order other && id == other.id && Double.compare(total, other.total) == 0
                && paid == other.paid && Objects.equals(customer, other.customer) && items.equals(other.items);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, customer, total, paid, items);
    }
}

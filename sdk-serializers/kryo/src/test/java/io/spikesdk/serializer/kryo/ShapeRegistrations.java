package io.spikesdk.serializer.kryo;

import io.spikesdk.testfixtures.serializer.PojoShapes;

/** The registrations the shared shapes need, as the {@code register} option value. */
final class ShapeRegistrations {

    static final String SHAPES = String.join(",",
            PojoShapes.Person.class.getName() + ":100", PojoShapes.Order.class.getName() + ":101",
            PojoShapes.LineItem.class.getName() + ":102", PojoShapes.Status.class.getName() + ":103",
            PojoShapes.Blob.class.getName() + ":104", PojoShapes.Node.class.getName());

    private ShapeRegistrations() {
    }
}

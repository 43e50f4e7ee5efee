package io.spikesdk.it.cdt;

import io.spikesdk.api.Operation;

import java.util.function.Supplier;

/**
 * One random step of the property test: a description, the op for our client, and the reference
 * model's verdict, which applies the op to the model when called (or throws its expected error).
 */
record PropertyStep(String description, Operation op, Supplier<Object> model) {
}

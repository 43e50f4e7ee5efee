package io.spikesdk.it.diff;

import com.aerospike.client.exp.Exp;
import com.aerospike.client.exp.Expression;

/** An expression with the text it was generated from (the client's {@link Exp} cannot show itself). */
record Expr(String text, Exp exp) implements Policies.Shown {
    Expression build() {
        return Exp.build(exp);
    }

    @Override
    public String toString() {
        return text;
    }
}

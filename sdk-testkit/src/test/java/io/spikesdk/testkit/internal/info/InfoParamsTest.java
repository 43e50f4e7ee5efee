package io.spikesdk.testkit.internal.info;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class InfoParamsTest {

    @Test
    void looksUpExactKeysUpToTheNextSemicolon() {
        InfoParams p = new InfoParams("context=namespace;id=test;x=");
        assertEquals(Optional.of("namespace"), p.get("context"));
        assertEquals(Optional.of("test"), p.get("id"));
        assertEquals(Optional.of(""), p.get("x"));
        assertEquals(Optional.empty(), p.get("i"), "no prefix match");
        assertEquals(Optional.empty(), p.get("d"), "no suffix match");
        assertEquals(Optional.empty(), new InfoParams("").get("id"));
    }

    @Test
    void aliasesAreTriedInOrder() {
        assertEquals(Optional.of("a"), new InfoParams("id=b;namespace=a").getAny("namespace", "id"));
        assertEquals(Optional.of("b"), new InfoParams("id=b").getAny("namespace", "id"));
        assertEquals(Optional.empty(), new InfoParams("ns=b").getAny("namespace", "id"));
    }

    @Test
    void errorsUseCode20ForTheNamespaceParameterAnd4Otherwise() {
        assertEquals("ERROR:4:missing 'context'", InfoParams.missing("context"));
        assertEquals("ERROR:20:missing 'namespace'", InfoParams.missing("namespace"));
        assertEquals("ERROR:20:missing 'namespace' value", InfoParams.missingValue("namespace"));
        assertEquals("ERROR:4:'value' value too long", InfoParams.tooLong("value"));
    }
}

package io.spikesdk.testkit.internal.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class IndexCatalogTest {
    private static IndexDefinition numeric(String name, String set) {
        return new IndexDefinition(name, set, "n", 1, IndexDefinition.DEFAULT, null);
    }

    @Test
    void aNameIsTakenOnlyByOneDefinitionAndANewNameRenames() {
        IndexCatalog catalog = new IndexCatalog();
        assertEquals(IndexCatalog.Created.CREATED, catalog.create(numeric("a", "s")));
        assertEquals(IndexCatalog.Created.EXISTS, catalog.create(numeric("a", "s")));
        assertEquals(IndexCatalog.Created.NAME_TAKEN, catalog.create(numeric("a", null)));
        assertEquals(IndexCatalog.Created.CREATED, catalog.create(numeric("b", "s")));
        assertEquals(List.of(numeric("b", "s")), catalog.list());
    }

    @Test
    void aQueryFallsBackToTheIndexWithoutASetAndIgnoresSetIndexes() {
        IndexCatalog catalog = new IndexCatalog();
        catalog.create(new IndexDefinition("setidx", "s", null, 0, IndexDefinition.SET, null));
        assertTrue(catalog.lookup("s", "n", 1, IndexDefinition.DEFAULT, null).isEmpty());
        catalog.create(numeric("all", null));
        assertEquals("all", catalog.lookup("s", "n", 1, IndexDefinition.DEFAULT, null).orElseThrow().name());
        catalog.create(numeric("only_s", "s"));
        assertEquals("only_s", catalog.lookup("s", "n", 1, IndexDefinition.DEFAULT, null).orElseThrow().name());
        assertTrue(catalog.lookup("s", "n", 3, IndexDefinition.DEFAULT, null).isEmpty());
    }

    @Test
    void theLimitIsCountedInDefinitions() {
        IndexCatalog catalog = new IndexCatalog();
        for (int i = 0; i < IndexCatalog.MAX_INDEXES; i++) {
            assertEquals(IndexCatalog.Created.CREATED, catalog.create(
                    new IndexDefinition("i" + i, null, "b" + i, 1, IndexDefinition.DEFAULT, null)));
        }
        assertEquals(IndexCatalog.Created.LIMIT, catalog.create(numeric("one_more", null)));
    }
}

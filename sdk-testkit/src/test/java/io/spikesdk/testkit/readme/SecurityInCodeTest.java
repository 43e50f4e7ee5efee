package io.spikesdk.testkit.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.AerospikeException;
import com.aerospike.client.Bin;
import com.aerospike.client.Key;
import com.aerospike.client.ResultCode;
import com.aerospike.client.admin.Privilege;
import com.aerospike.client.admin.PrivilegeCode;
import com.aerospike.client.policy.ClientPolicy;
import io.spikesdk.testkit.EmbeddedAerospike;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The security snippet of sdk-testkit/README.md. */
class SecurityInCodeTest {

    static ClientPolicy login(String user, String password) {
        ClientPolicy policy = new ClientPolicy();
        policy.user = user;
        policy.password = password;
        return policy;
    }

    @Test
    void usersRolesAndARefusedWrite() {
        // tag::security[]
        try (EmbeddedAerospike server = EmbeddedAerospike.builder().port(0)
                .security(s -> s.user("reader", "reader-pw", "read")     // besides admin/admin (user-admin)
                        .sessionTtl(Duration.ofMinutes(10)).enableQuotas(true))
                .build().start()) {
            try (AerospikeClient admin = new AerospikeClient(login("admin", "admin"), server.host(), server.port())) {
                Privilege orders = new Privilege();
                orders.code = PrivilegeCode.READ_WRITE;
                orders.namespace = "test";
                orders.setName = "orders";                            // scoped to one set
                admin.createRole(null, "orders-rw", List.of(orders), List.of("127.0.0.0/8"), 0, 500);
                admin.createUser(null, "app", "app-pw", List.of("orders-rw"));
            }
            try (AerospikeClient app = new AerospikeClient(login("app", "app-pw"), server.host(), server.port());
                    AerospikeClient reader = new AerospikeClient(login("reader", "reader-pw"), server.host(),
                            server.port())) {
                app.put(null, new Key("test", "orders", "o1"), new Bin("total", 42));
                assertEquals(42, reader.get(null, new Key("test", "orders", "o1")).getInt("total"));
                AerospikeException e = assertThrows(AerospikeException.class,
                        () -> reader.put(null, new Key("test", "orders", "o2"), new Bin("total", 1)));
                assertEquals(ResultCode.ROLE_VIOLATION, e.getResultCode());       // 81, nothing written
            }
            server.clock().advance(Duration.ofMinutes(11));   // session tokens issued so far have expired
        }
        // end::security[]
    }
}

package io.spikesdk.core.internal.tls;

import java.math.BigInteger;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.security.auth.x500.X500Principal;

/**
 * The official client's check of a server certificate after the handshake (docs/wire-protocol.md §17): the serial
 * number is not revoked, and the TLS name equals (exactly) a common name of the subject or a DNS subject-alternative
 * name. Path validation is the trust manager's, before.
 */
final class ServerCertificateCheck {
    private static final int SAN_DNS = 2;

    private ServerCertificateCheck() {
    }

    /** Why the certificate is refused, or {@code null} when it is accepted. */
    static String refusal(X509Certificate certificate, String tlsName, Set<BigInteger> revokedSerials) {
        BigInteger serial = certificate.getSerialNumber();
        if (revokedSerials.contains(serial)) {
            return "the server certificate (serial " + serial.toString(16) + ") is revoked";
        }
        List<String> names = names(certificate);
        if (!names.contains(tlsName)) {
            return "the server certificate is for " + names + " (subject CN and DNS subject-alternative names), "
                    + "not for the TLS name";
        }
        return null;
    }

    /** The subject's common names, then the DNS subject-alternative names. */
    static List<String> names(X509Certificate certificate) {
        List<String> names = new ArrayList<>();
        try {
            for (Rdn rdn : new LdapName(certificate.getSubjectX500Principal().getName(X500Principal.RFC2253)).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("CN")) {
                    names.add(String.valueOf(rdn.getValue()));
                }
            }
        } catch (InvalidNameException e) {
            throw new IllegalStateException("unreadable certificate subject " + certificate.getSubjectX500Principal(), e);
        }
        Collection<List<?>> alternatives;
        try {
            alternatives = certificate.getSubjectAlternativeNames();
        } catch (CertificateParsingException e) {
            return names;
        }
        if (alternatives != null) {
            for (List<?> entry : alternatives) {
                if (entry.size() >= 2 && entry.get(0) instanceof Integer type && type == SAN_DNS) {
                    names.add(String.valueOf(entry.get(1)));
                }
            }
        }
        return names;
    }
}

package app.kintsugi.platform.ratelimit;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who the client is, for the anonymous budget: the socket peer, unless the peer is one of the configured trusted
 * proxies, in which case {@code X-Forwarded-For} is read from the right (the hop the proxy itself added) leftwards,
 * skipping further trusted proxies, and the first address that is not one of them is the client. A caller can put
 * anything at the left of the header, so nothing left of that address is believed; a header from an untrusted peer is
 * ignored. IPv6 clients are counted per /64, the block a single subscriber is usually given.
 */
final class ClientAddresses {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private final List<Block> trusted;

    ClientAddresses(List<String> trustedProxies) {
        List<Block> blocks = new ArrayList<>();
        for (String entry : trustedProxies) {
            if (!entry.isBlank()) {
                blocks.add(Block.parse(entry.strip()));
            }
        }
        this.trusted = List.copyOf(blocks);
    }

    /**
     * The client's key: an address (IPv4) or a /64 block (IPv6).
     *
     * @param peer
     *            the socket peer's address, as text
     * @param forwardedFor
     *            every {@code X-Forwarded-For} value of the request, in order
     */
    String client(String peer, List<String> forwardedFor) {
        Optional<InetAddress> peerAddress = literal(peer);
        if (peerAddress.isEmpty()) {
            return peer == null ? "unknown" : peer;
        }
        InetAddress client = peerAddress.get();
        if (isTrusted(client) && !forwardedFor.isEmpty()) {
            List<String> hops = new ArrayList<>();
            for (String value : forwardedFor) {
                for (String hop : value.split(",")) {
                    hops.add(hop.strip());
                }
            }
            for (int i = hops.size() - 1; i >= 0; i--) {
                Optional<InetAddress> hop = literal(hops.get(i));
                if (hop.isEmpty()) {
                    break; // garbage in the chain: believe nothing to the left of it
                }
                client = hop.get();
                if (!isTrusted(client)) {
                    break;
                }
            }
        }
        return key(client);
    }

    boolean isTrusted(InetAddress address) {
        for (Block block : trusted) {
            if (block.contains(address)) {
                return true;
            }
        }
        return false;
    }

    private static String key(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length == 4) {
            return address.getHostAddress();
        }
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < 8; i += 2) {
            prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
        }
        return prefix.append(":/64").toString();
    }

    /** An IP literal, never a name: parsing must not cost a DNS lookup an attacker chooses. */
    static Optional<InetAddress> literal(String text) {
        if (text == null || text.isEmpty() || text.length() > 64) {
            return Optional.empty();
        }
        String value = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        boolean v6 = value.indexOf(':') >= 0 && value.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == ':'
                || c == '.');
        if (!v6 && !IPV4.matcher(value).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(value));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** A CIDR block, or a single address. */
    record Block(byte[] network, int prefix) {

        static Block parse(String cidr) {
            int slash = cidr.indexOf('/');
            String address = slash < 0 ? cidr : cidr.substring(0, slash);
            InetAddress parsed = literal(address).orElseThrow(() -> new IllegalArgumentException(
                    "kintsugi.rate-limit.trusted-proxies: not an IP address or CIDR block: " + cidr));
            byte[] bytes = parsed.getAddress();
            int prefix = slash < 0 ? bytes.length * 8 : Integer.parseInt(cidr.substring(slash + 1));
            if (prefix < 0 || prefix > bytes.length * 8) {
                throw new IllegalArgumentException("kintsugi.rate-limit.trusted-proxies: bad prefix in " + cidr);
            }
            return new Block(bytes, prefix);
        }

        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (bytes[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = 0xff << (8 - rest) & 0xff;
            return (bytes[full] & mask) == (network[full] & mask);
        }
    }
}

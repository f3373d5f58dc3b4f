import CSHA256
import Testing

@testable import AgoraCore

/// SHA-256 against the FIPS 180-4 / NIST example vectors and lengths around the padding boundary.
struct SHA256Tests {
    @Test func emptyMessageMatchesFIPSVector() {
        #expect(SHA256.hexHash([UInt8]()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test func abcMatchesFIPSVector() {
        #expect(SHA256.hexHash(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func twoBlockMessageMatchesFIPSVector() {
        let message = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
        #expect(SHA256.hexHash(Array(message.utf8)) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func longerTwoBlockMessageMatchesNISTVector() {
        let message =
            "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"
        #expect(SHA256.hexHash(Array(message.utf8)) == "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")
    }

    @Test func millionAsMatchesFIPSVector() {
        let message = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(SHA256.hexHash(message) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test(arguments: [
        (55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"),
        (56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"),
        (63, "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34"),
        (64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"),
        (65, "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0"),
        (119, "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb"),
        (120, "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c"),
    ])
    func lengthsAroundThePaddingBoundaryMatchReference(length: Int, expected: String) {
        #expect(SHA256.hexHash([UInt8](repeating: UInt8(ascii: "a"), count: length)) == expected)
    }

    @Test func streamingInUnevenChunksEqualsOneShot() {
        let message = (0..<3).flatMap { _ in (0...255).map { UInt8($0) } }
        let expected = "f3a25aa93aa2fbba28d79260535bbd6a5eb0fc1c24a8b0f04e12b484c1dfe363"
        #expect(SHA256.hexHash(message) == expected)
        for chunk in [1, 3, 63, 64, 65, 200] {
            var hasher = SHA256()
            var start = 0
            while start < message.count {
                let end = min(start + chunk, message.count)
                hasher.update(message[start..<end])
                start = end
            }
            #expect(SHA256.hexString(hasher.finalize()) == expected, "chunk size \(chunk)")
        }
        // A non-contiguous sequence takes the byte-by-byte path.
        var lazyHasher = SHA256()
        lazyHasher.update(message.lazy.map { $0 })
        #expect(SHA256.hexString(lazyHasher.finalize()) == expected)
    }

    /// The vectors above run whichever compression path this CPU picks; this pins the other one:
    /// SHA-NI and portable C give the same chaining state on seeded random runs of 1–40 blocks.
    @Test func shaExtensionsAndPortableCompressionAgree() {
        var random = RandomStream(seed: 42, purpose: .graph)
        for round in 0..<200 {
            let blocks = 1 + round % 40
            let data = (0..<blocks * 64).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            var start = (0..<8).map { _ in UInt32(truncatingIfNeeded: random.next()) }
            var dispatched = start
            data.withUnsafeBufferPointer { bytes in
                agora_sha256_blocks_portable(&start, bytes.baseAddress, blocks)
                agora_sha256_blocks(&dispatched, bytes.baseAddress, blocks)
            }
            #expect(dispatched == start, "round \(round), \(blocks) blocks")
        }
    }

    @Test func hexStringIsLowerCaseTwoDigitsPerByte() {
        #expect(SHA256.hexString([0x00, 0x0f, 0xa0, 0xff]) == "000fa0ff")
        #expect(SHA256.hash([UInt8]()).count == 32)
    }
}

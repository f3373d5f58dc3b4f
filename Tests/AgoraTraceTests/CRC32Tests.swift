import Testing
@testable import AgoraTrace

@Suite struct CRC32Tests {
    @Test func matchesZlibOnTheStandardCheckValueAndLongInputs() {
        // Reference values from Python's zlib.crc32.
        #expect(CRC32.checksum(Array("123456789".utf8), 0..<9) == 0xCBF4_3926)
        let long = (0..<3).flatMap { _ in (0..<256).map { UInt8($0) } }
        #expect(CRC32.checksum(long, 0..<long.count) == 0xB0C0_DF2A)
        #expect(CRC32.checksum([], 0..<0) == 0)
    }

    @Test func everyTailLengthAgreesWithTheBytewiseDefinition() {
        let bytes = (0..<40).map { UInt8(($0 * 37 + 11) & 0xFF) }
        for length in 0...bytes.count {
            var crc: UInt32 = 0xFFFF_FFFF
            for byte in bytes[0..<length] {
                crc ^= UInt32(byte)
                for _ in 0..<8 { crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
            }
            #expect(CRC32.checksum(bytes, 0..<length) == crc ^ 0xFFFF_FFFF, "length \(length)")
        }
    }
}

import Foundation

/// The canonical JSON used inside traces (header and footer): sorted keys, no escaped slashes,
/// no whitespace — so the same value always gives the same bytes.
enum TraceJSON {
    /// Encodes `value` canonically.
    static func encode<Value: Encodable>(_ value: Value) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(value))
    }

    /// Decodes `Value` from `bytes[range]`, returning the decoder's complaint on failure.
    static func decode<Value: Decodable>(_ type: Value.Type, from bytes: [UInt8], _ range: Range<Int>) -> Result<Value, ByteCursor.Failure> {
        do {
            return .success(try JSONDecoder().decode(type, from: Data(bytes[range])))
        } catch {
            return .failure(.init(reason: "invalid JSON: \(error)"))
        }
    }
}

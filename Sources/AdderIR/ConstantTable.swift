// The binary form of a list of constants: what the bytecode cache stores and what the runtime's
// ad_load_constants reads (for the interpreter's pools and for compiled programs' pools alike).
//
//     u32 count, then per constant a tag byte and its payload (little-endian):
//     0 None · 1 True · 2 False · 3 Ellipsis · 4 int (i64) · 5 big int (u32 length, decimal digits)
//     6 float (f64 bits) · 7 imaginary (f64 bits) · 8 str (u32 length, WTF-8) · 9 bytes (u32 length)
//     10 tuple (u32 count, constants) · 11 frozenset (u32 count, constants)

public enum ConstantTable {
    /// The table for a list of constants.
    public static func encode(_ constants: [IRConstant]) -> [UInt8] {
        var out: [UInt8] = []
        appendU32(&out, UInt32(constants.count))
        for c in constants { append(c, to: &out) }
        return out
    }

    /// Append one constant's tag and payload.
    public static func append(_ c: IRConstant, to out: inout [UInt8]) {
        switch c {
        case .none: out.append(0)
        case .true: out.append(1)
        case .false: out.append(2)
        case .ellipsis: out.append(3)
        case .int(let i): out.append(4); appendU64(&out, UInt64(bitPattern: i))
        case .bigInt(let s): out.append(5); appendBlob(&out, Array(s.utf8))
        case .float(let d): out.append(6); appendU64(&out, d.bitPattern)
        case .imaginary(let d): out.append(7); appendU64(&out, d.bitPattern)
        case .str(let s): out.append(8); appendBlob(&out, s)
        case .bytes(let b): out.append(9); appendBlob(&out, b)
        case .tuple(let items):
            out.append(10)
            appendU32(&out, UInt32(items.count))
            for item in items { append(item, to: &out) }
        case .frozenset(let items):
            out.append(11)
            appendU32(&out, UInt32(items.count))
            for item in items { append(item, to: &out) }
        }
    }

    public static func appendU32(_ out: inout [UInt8], _ v: UInt32) {
        for i in 0..<4 { out.append(UInt8(truncatingIfNeeded: v >> (8 * UInt32(i)))) }
    }

    public static func appendU64(_ out: inout [UInt8], _ v: UInt64) {
        for i in 0..<8 { out.append(UInt8(truncatingIfNeeded: v >> (8 * UInt64(i)))) }
    }

    public static func appendBlob(_ out: inout [UInt8], _ bytes: [UInt8]) {
        appendU32(&out, UInt32(bytes.count))
        out += bytes
    }
}

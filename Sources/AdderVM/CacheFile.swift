// The `.adc` cache file: a program's bytecode, written to `__adder_cache__/NAME.adc` beside the
// source and reused while the source is unchanged.
//
//     magic "ADDERBC\0" · format version (u32) · compiler fingerprint (u64)
//     source hash (u64) · source length (u64)
//     constants (ConstantTable's format) · names · globals · functions
//     checksum (u64, FNV-1a of everything before it)
//
// Integers are little-endian; strings and byte strings are a u32 length and the bytes. Nothing read
// is trusted: every length is checked against the bytes left before anything is allocated, and the
// whole module then goes through `BytecodeVerifier` before the interpreter sees it.

import AdderIR

/// Why a cache file was rejected.
public struct CacheError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

public enum CacheFile {
    static let magic: [UInt8] = Array("ADDERBC".utf8) + [0]
    static let version: UInt32 = 1

    /// FNV-1a, 64 bits: the source hash and the checksum.
    public static func hash(_ bytes: [UInt8]) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01B3
        }
        return h
    }

    /// The file's bytes for a module compiled from `source` by the compiler identified by
    /// `compiler` (a rebuilt compiler must not trust bytecode an older one wrote).
    public static func encode(_ module: BytecodeModule, source: [UInt8], compiler: UInt64) -> [UInt8] {
        var w = ByteWriter()
        w.bytes(magic)
        w.u32(version)
        w.u64(compiler)
        w.u64(hash(source))
        w.u64(UInt64(source.count))
        w.u32(UInt32(module.constants.count))
        for c in module.constants { w.constant(c) }
        w.strings(module.names)
        w.strings(module.globals)
        w.u32(UInt32(module.functions.count))
        for f in module.functions { w.function(f) }
        w.u32(UInt32(module.units.count))
        for u in module.units {
            w.string(u.name)
            w.string(u.filename)
            w.u32(UInt32(u.body))
        }
        w.u64(hash(w.data))
        return w.data
    }

    /// Read a cache file; throws if it is not a valid cache of exactly this source.
    public static func decode(_ data: [UInt8], source: [UInt8], compiler: UInt64, filename: String) throws -> BytecodeModule {
        guard data.count >= magic.count + 4 + 24 + 8 else { throw CacheError(message: "truncated file") }
        guard Array(data[0..<magic.count]) == magic else { throw CacheError(message: "not an Adder cache file") }
        let body = Array(data[0..<(data.count - 8)])
        var checksumReader = ByteReader(Array(data[(data.count - 8)...]))
        guard try checksumReader.u64() == hash(body) else { throw CacheError(message: "checksum mismatch (corrupt file)") }
        var r = ByteReader(body)
        r.position = magic.count
        guard try r.u32() == version, try r.u64() == compiler else {
            throw CacheError(message: "written by another build of Adder")
        }
        guard try r.u64() == hash(source), try r.u64() == UInt64(source.count) else {
            throw CacheError(message: "the source has changed")
        }
        let constants = try r.list { try $0.constant(depth: 0) }
        let names = try r.list { try $0.string() }
        let globals = try r.list { try $0.string() }
        let functions = try r.list { try $0.function() }
        let units = try r.list { r in
            ModuleUnit(name: try r.string(), filename: try r.string(), body: Int32(try r.int()))
        }
        guard r.position == body.count else { throw CacheError(message: "trailing bytes") }
        let module = BytecodeModule(filename: filename, constants: constants, names: names, globals: globals,
                                    functions: functions, units: units)
        try BytecodeVerifier.verify(module)
        return module
    }
}

// MARK: - Writing

private struct ByteWriter {
    var data: [UInt8] = []

    mutating func bytes(_ b: [UInt8]) { data += b }
    mutating func u8(_ v: UInt8) { data.append(v) }
    mutating func u32(_ v: UInt32) { for i in 0..<4 { data.append(UInt8(truncatingIfNeeded: v >> (8 * UInt32(i)))) } }
    mutating func u64(_ v: UInt64) { for i in 0..<8 { data.append(UInt8(truncatingIfNeeded: v >> (8 * UInt64(i)))) } }
    mutating func i32(_ v: Int32) { u32(UInt32(bitPattern: v)) }
    mutating func blob(_ b: [UInt8]) {
        u32(UInt32(b.count))
        data += b
    }
    mutating func string(_ s: String) { blob(Array(s.utf8)) }
    mutating func strings(_ list: [String]) {
        u32(UInt32(list.count))
        for s in list { string(s) }
    }

    mutating func constant(_ c: IRConstant) {
        ConstantTable.append(c, to: &data)
    }

    mutating func function(_ f: BytecodeFunction) {
        string(f.name)
        string(f.qualname)
        i32(f.firstLine)
        strings(f.signature.names)
        u32(UInt32(f.signature.positionalOnly))
        u32(UInt32(f.signature.positional))
        u32(UInt32(f.signature.keywordOnly))
        u8((f.signature.hasVarArgs ? 1 : 0) | (f.signature.hasVarKeywords ? 2 : 0))
        strings(f.freeVars)
        if let doc = f.docstring {
            u8(1)
            blob(doc)
        } else {
            u8(0)
        }
        u32(UInt32(f.frameSize))
        u32(UInt32(f.slotBase))
        u32(UInt32(f.slotCount))
        u32(UInt32(f.code.count))
        for word in f.code { u64(word) }
        for line in f.lines { i32(line) }
        i32(Int32(f.localNamesConstant))
        u8(f.isGenerator ? 1 : 0)
        i32(f.unit)
        u32(UInt32(f.handlers.count))
        for h in f.handlers {
            u32(UInt32(h.start))
            u32(UInt32(h.end))
            u32(UInt32(h.handler))
        }
    }
}

// MARK: - Reading

private struct ByteReader {
    let data: [UInt8]
    var position = 0

    init(_ data: [UInt8]) { self.data = data }

    var remaining: Int { data.count - position }

    mutating func need(_ n: Int) throws {
        guard n >= 0, n <= remaining else { throw CacheError(message: "truncated file") }
    }

    mutating func u8() throws -> UInt8 {
        try need(1)
        defer { position += 1 }
        return data[position]
    }

    mutating func u32() throws -> UInt32 {
        try need(4)
        var v: UInt32 = 0
        for i in 0..<4 { v |= UInt32(data[position + i]) << (8 * UInt32(i)) }
        position += 4
        return v
    }

    mutating func u64() throws -> UInt64 {
        try need(8)
        var v: UInt64 = 0
        for i in 0..<8 { v |= UInt64(data[position + i]) << (8 * UInt64(i)) }
        position += 8
        return v
    }

    mutating func int(max: Int = Int(Int32.max)) throws -> Int {
        let v = Int(try u32())
        guard v <= max else { throw CacheError(message: "value out of range") }
        return v
    }

    mutating func blob() throws -> [UInt8] {
        let n = Int(try u32())
        try need(n)
        defer { position += n }
        return Array(data[position..<(position + n)])
    }

    mutating func string() throws -> String {
        let bytes = try blob()
        guard let s = String(validating: bytes, as: UTF8.self) else { throw CacheError(message: "invalid UTF-8") }
        return s
    }

    /// A u32 count and that many items; the count may not exceed the bytes left.
    mutating func list<T>(_ item: (inout ByteReader) throws -> T) throws -> [T] {
        let n = Int(try u32())
        guard n <= remaining else { throw CacheError(message: "count out of range") }
        var out: [T] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try item(&self)) }
        return out
    }

    mutating func constant(depth: Int) throws -> IRConstant {
        guard depth < 100 else { throw CacheError(message: "constants nested too deeply") }
        switch try u8() {
        case 0: return .none
        case 1: return .true
        case 2: return .false
        case 3: return .ellipsis
        case 4: return .int(Int64(bitPattern: try u64()))
        case 5:
            let digits = try string()
            let body = digits.hasPrefix("-") ? digits.dropFirst() : Substring(digits)
            guard !body.isEmpty, body.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                throw CacheError(message: "bad integer constant")
            }
            return .bigInt(digits)
        case 6: return .float(Double(bitPattern: try u64()))
        case 7: return .imaginary(Double(bitPattern: try u64()))
        case 8: return .str(try blob())
        case 9: return .bytes(try blob())
        case 10: return .tuple(try list { try $0.constant(depth: depth + 1) })
        case 11: return .frozenset(try list { try $0.constant(depth: depth + 1) })
        default: throw CacheError(message: "unknown constant tag")
        }
    }

    mutating func function() throws -> BytecodeFunction {
        let name = try string()
        let qualname = try string()
        let firstLine = Int32(bitPattern: try u32())
        let names = try list { try $0.string() }
        let positionalOnly = try int(), positional = try int(), keywordOnly = try int()
        let flags = try u8()
        let signature = Signature(names: names, positionalOnly: positionalOnly, positional: positional,
                                  keywordOnly: keywordOnly, hasVarArgs: flags & 1 != 0, hasVarKeywords: flags & 2 != 0)
        guard flags < 4, positionalOnly <= positional, signature.count == names.count else {
            throw CacheError(message: "inconsistent signature")
        }
        let freeVars = try list { try $0.string() }
        let docstring: [UInt8]? = try u8() == 1 ? try blob() : nil
        let frameSize = try int(max: 0x1_0001), slotBase = try int(max: 0xFFFF), slotCount = try int(max: 0xFFFF)
        let count = try int()
        try need(count * 12)
        var code: [Word] = []
        code.reserveCapacity(count)
        for _ in 0..<count { code.append(try u64()) }
        var lines: [Int32] = []
        lines.reserveCapacity(count)
        for _ in 0..<count { lines.append(Int32(bitPattern: try u32())) }
        let localNames = Int(Int32(bitPattern: try u32()))
        let generatorFlag = try u8()
        guard generatorFlag <= 1 else { throw CacheError(message: "bad generator flag") }
        let unit = Int32(bitPattern: try u32())
        let handlers = try list { r in
            HandlerRange(start: try r.int(), end: try r.int(), handler: try r.int())
        }
        return BytecodeFunction(name: name, qualname: qualname, firstLine: firstLine, signature: signature,
                                freeVars: freeVars, docstring: docstring, frameSize: frameSize, slotBase: slotBase,
                                slotCount: slotCount, code: code, lines: lines, handlers: handlers,
                                localNamesConstant: localNames, isGenerator: generatorFlag == 1, unit: unit)
    }
}

// The `.adc` cache file: encode/decode round-trips, and every reason a file is refused, each with
// its message. Where a test changes bytes that the checksum covers but wants to reach a later
// check, it recomputes the trailing checksum (FNV-1a 64 of everything before it) as a forger would.

import XCTest
import AdderIR
@testable import AdderVM

final class CacheFileTests: XCTestCase {
    private let compiler: UInt64 = 0x1234_5678_9ABC_DEF0
    private let source = Array("""
    def f(a, /, b=2, *args, c, **kw):
        "doc é"
        return [a, b, c, args, kw, 1e16, -0.0, 2 ** 100, b'\\x00\\xff', 'x\\ud800', (1, (2,)), 3 in {1, 2}]
    print(f(1, c=3))
    """.utf8)

    private func module() throws -> BytecodeModule {
        try compileBytecode(String(decoding: source, as: UTF8.self))
    }

    private func encoded() throws -> [UInt8] {
        CacheFile.encode(try module(), source: source, compiler: compiler)
    }

    private func decode(_ data: [UInt8], source: [UInt8]? = nil, compiler: UInt64? = nil) throws -> BytecodeModule {
        try CacheFile.decode(data, source: source ?? self.source, compiler: compiler ?? self.compiler, filename: "t.py")
    }

    /// Replace the trailing checksum with the right one for the bytes before it.
    private func resealed(_ data: [UInt8]) -> [UInt8] {
        var body = Array(data.dropLast(8))
        let h = CacheFile.hash(body)
        for i in 0..<8 { body.append(UInt8(truncatingIfNeeded: h >> (8 * UInt64(i)))) }
        return body
    }

    private func assertRejected(_ message: String, _ data: [UInt8], source: [UInt8]? = nil, compiler: UInt64? = nil,
                                file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try decode(data, source: source, compiler: compiler), file: file, line: line) { error in
            XCTAssert(error is CacheError, "\(error)", file: file, line: line)
            XCTAssertEqual("\(error)", message, file: file, line: line)
        }
    }

    // MARK: - Round trip

    func testRoundTripKeepsEverything() throws {
        let original = try module()
        let decoded = try decode(try encoded())
        XCTAssertEqual(decoded.filename, "t.py")
        XCTAssertEqual(decoded.constants, original.constants)
        XCTAssertEqual(decoded.names, original.names)
        XCTAssertEqual(decoded.globals, original.globals)
        XCTAssertEqual(decoded.functions.count, original.functions.count)
        for (a, b) in zip(decoded.functions, original.functions) {
            XCTAssertEqual(a.name, b.name)
            XCTAssertEqual(a.qualname, b.qualname)
            XCTAssertEqual(a.firstLine, b.firstLine)
            XCTAssertEqual(a.signature, b.signature)
            XCTAssertEqual(a.freeVars, b.freeVars)
            XCTAssertEqual(a.docstring, b.docstring)
            XCTAssertEqual(a.frameSize, b.frameSize)
            XCTAssertEqual(a.slotBase, b.slotBase)
            XCTAssertEqual(a.slotCount, b.slotCount)
            XCTAssertEqual(a.code, b.code)
            XCTAssertEqual(a.lines, b.lines)
            XCTAssertEqual(a.handlers, b.handlers)
        }
        XCTAssertEqual(decoded.disassembled(), original.disassembled())
    }

    func testEncodingIsDeterministic() throws {
        XCTAssertEqual(try encoded(), try encoded())
        XCTAssertEqual(CacheFile.encode(try decode(try encoded()), source: source, compiler: compiler), try encoded())
    }

    func testRoundTripOfTheCorpus() throws {
        for (path, ir) in try corpusIR() {
            let bytecode = BytecodeModule(ir)
            let src = Array(path.utf8)
            let data = CacheFile.encode(bytecode, source: src, compiler: compiler)
            let back = try CacheFile.decode(data, source: src, compiler: compiler, filename: path)
            XCTAssertEqual(back.disassembled(), bytecode.disassembled(), path)
            XCTAssertEqual(back.constants, bytecode.constants, path)
        }
    }

    func testFileStartsWithMagicAndVersion() throws {
        let data = try encoded()
        XCTAssertEqual(Array(data[0..<8]), Array("ADDERBC".utf8) + [0])
        XCTAssertEqual(Array(data[8..<12]), [1, 0, 0, 0], "format version 1, little-endian")
        XCTAssertEqual(Array(data[12..<20]), (0..<8).map { UInt8(truncatingIfNeeded: compiler >> (8 * UInt64($0))) })
    }

    func testHashIsFNV1a64() {
        XCTAssertEqual(CacheFile.hash([]), 0xcbf2_9ce4_8422_2325)
        XCTAssertEqual(CacheFile.hash(Array("a".utf8)), 0xaf63_dc4c_8601_ec8c)
        XCTAssertEqual(CacheFile.hash(Array("foobar".utf8)), 0x8594_4171_f739_67e8)
    }

    // MARK: - Rejections

    func testTruncatedFiles() throws {
        let data = try encoded()
        assertRejected("truncated file", [])
        assertRejected("truncated file", Array(data.prefix(20)))
        // Cut in the middle and resealed: the reader runs out of bytes.
        for cut in [48, data.count / 2, data.count - 9] {
            let truncated = resealed(Array(data.prefix(cut)) + [0, 0, 0, 0, 0, 0, 0, 0])
            XCTAssertThrowsError(try decode(truncated)) { error in
                XCTAssert(["truncated file", "count out of range"].contains("\(error)"), "cut at \(cut): \(error)")
            }
        }
    }

    func testWrongMagic() throws {
        var data = try encoded()
        data[0] = UInt8(ascii: "X")
        assertRejected("not an Adder cache file", data)
        assertRejected("not an Adder cache file", Array(repeating: 0, count: 100))
    }

    func testChecksumMismatch() throws {
        var data = try encoded()
        data[data.count / 2] ^= 0x10
        assertRejected("checksum mismatch (corrupt file)", data)
        var tail = try encoded()
        tail[tail.count - 1] ^= 1
        assertRejected("checksum mismatch (corrupt file)", tail)
    }

    func testWrongVersion() throws {
        var data = try encoded()
        data[8] = 2
        assertRejected("written by another build of Adder", resealed(data))
    }

    func testAnotherCompilerFingerprint() throws {
        assertRejected("written by another build of Adder", try encoded(), compiler: compiler ^ 1)
    }

    func testChangedSource() throws {
        assertRejected("the source has changed", try encoded(), source: source + [0x0A])
        var edited = source
        edited[0] = UInt8(ascii: "D")
        assertRejected("the source has changed", try encoded(), source: edited)
    }

    func testTrailingBytes() throws {
        let data = try encoded()
        assertRejected("trailing bytes", resealed(Array(data.dropLast(8)) + [0] + Array(repeating: 0, count: 8)))
    }

    func testStructurallyBrokenBytecodeIsRejectedByTheVerifier() throws {
        var bytecode = try module()
        bytecode.functions[1].code[0] = (bytecode.functions[1].code[0] & ~0xFF) | 0xFE
        let data = CacheFile.encode(bytecode, source: source, compiler: compiler)
        assertRejected("function 1 (f): unknown opcode 254 at 0", data)
    }

    func testBadConstantsAreRejected() throws {
        var bytecode = try module()
        bytecode.constants.append(.bigInt("12x"))
        assertRejected("bad integer constant", CacheFile.encode(bytecode, source: source, compiler: compiler))
        bytecode.constants[bytecode.constants.count - 1] = .bigInt("-")
        assertRejected("bad integer constant", CacheFile.encode(bytecode, source: source, compiler: compiler))
        var nested = IRConstant.none
        for _ in 0..<120 { nested = .tuple([nested]) }
        bytecode.constants[bytecode.constants.count - 1] = nested
        assertRejected("constants nested too deeply", CacheFile.encode(bytecode, source: source, compiler: compiler))
    }

    func testUnknownConstantTag() throws {
        // The first constant's tag follows the header (8 magic + 4 version + 3 × 8) and the count.
        var data = try encoded()
        data[36 + 4] = 99
        assertRejected("unknown constant tag", resealed(data))
    }

    func testHugeCountsAreRejectedBeforeAllocating() throws {
        var data = try encoded()
        for i in 36..<40 { data[i] = 0xFF }  // the constant count
        assertRejected("count out of range", resealed(data))
    }

    func testInvalidUTF8InANameIsRejected() throws {
        var bytecode = try module()
        bytecode.names.append("zzzz")
        var data = CacheFile.encode(bytecode, source: source, compiler: compiler)
        let marker = Array("zzzz".utf8)
        guard let at = (0...(data.count - 4)).last(where: { Array(data[$0..<($0 + 4)]) == marker }) else {
            return XCTFail("name not found in the file")
        }
        data[at] = 0xFF
        assertRejected("invalid UTF-8", resealed(data))
    }
}

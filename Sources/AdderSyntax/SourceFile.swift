// A program's source text, ready for the lexer.
//
// CPython reads a file as bytes, honours a PEP 263 coding cookie or a UTF-8 byte-order mark,
// converts the text to UTF-8, turns `\r\n` and lone `\r` into `\n` and makes sure the last line ends
// with `\n`. Every position it reports afterwards (token columns, AST `col_offset`s, the offsets of a
// SyntaxError raised for a file) is a byte offset into that normalized UTF-8 text. `SourceFile` does
// the same work once, up front, so the lexer only ever sees clean UTF-8 with `\n` line ends, and
// keeps the problems CPython reports while reading (bad encoding, NUL bytes) as a `loadError` that the
// parser raises before anything else (a NUL byte is reported when the lexer reaches its line, as
// CPython's line-by-line reading does).
//
// Invariants: `bytes` is UTF-8 where `loadError` is nil (invalid UTF-8 is a load error), contains no
// `\r`, and is empty or ends with `\n`; `lineStarts[i]` is the offset of line i+1.
import Foundation

/// A source file: its name, its text as normalized UTF-8 bytes, and a line index.
public struct SourceFile: Sendable {
    /// The path as the user gave it.
    public var path: String
    /// The file name CPython shows in tracebacks (`python3 x.py` shows the path joined to the
    /// current directory).
    public var displayPath: String
    /// The text, UTF-8, newlines normalized to `\n`, ending with `\n` unless empty.
    public var bytes: [UInt8]
    /// Byte offset of the start of each line; `lineStarts[0] == 0`.
    public var lineStarts: [Int32]
    /// An error CPython reports while reading the file (encoding problems), if any.
    public var loadError: SyntaxError?
    /// CPython reads a script line by line and refuses a line with a NUL byte, or (when no encoding
    /// is declared) with bytes that are not UTF-8, only when its tokenizer gets to it: the error, and
    /// the offset where that line starts (the lexer stops there). `bytes` is UTF-8 up to that point.
    public var readError: SyntaxError?
    public var readErrorLineStart: Int?
    /// The number of bytes of the original file (before normalization), for statistics.
    public var originalByteCount: Int
    /// True when the file declares its encoding (a coding cookie or a UTF-8 byte-order mark). CPython
    /// then reports parser errors with character offsets, measured on the line as read from the file.
    public var declaresEncoding = false
    /// True when the file starts with a UTF-8 byte-order mark (CPython keeps it in line 1's text).
    public var hasByteOrderMark = false

    /// Builds a source file from raw file contents, decoding them as CPython decodes a script.
    public init(path: String, displayPath: String? = nil, contents: [UInt8]) {
        self.path = path
        self.displayPath = displayPath ?? path
        self.originalByteCount = contents.count
        self.bytes = []
        self.lineStarts = [0]
        self.loadError = nil
        hasByteOrderMark = contents.count >= 3 && contents[0] == 0xEF && contents[1] == 0xBB && contents[2] == 0xBF
        declaresEncoding = hasByteOrderMark
            || SourceDecoder.findCookie(contents[(hasByteOrderMark ? 3 : 0)...]) != nil
        let decoded = SourceDecoder.decode(contents, displayPath: self.displayPath)
        switch decoded {
        case .success(let text):
            bytes = SourceFile.normalizeNewlines(text)
        case .failure(let error):
            loadError = error
            bytes = SourceFile.normalizeNewlines(contents)
        }
        lineStarts = SourceFile.indexLines(bytes)
        guard loadError == nil else { return }
        let nul = SourceFile.nulByteError(bytes, lineStarts: lineStarts, displayPath: self.displayPath)
        let nonUTF8 = declaresEncoding ? nil : SourceFile.nonUTF8Error(bytes, lineStarts: lineStarts,
                                                                        displayPath: self.displayPath)
        // Whichever line the tokenizer would read first.
        if let (error, start) = nul, nonUTF8 == nil || start <= nonUTF8!.1 {
            readError = error
            readErrorLineStart = start
        } else if let (error, start) = nonUTF8 {
            readError = error
            readErrorLineStart = start
        }
    }

    /// Builds a source file from a Swift string (tests, `-c` programs).
    public init(path: String, text: String) {
        self.init(path: path, displayPath: path, contents: Array(text.utf8))
    }

    /// Reads a file the way `python3 FILE` does; the display path is made absolute as CPython does.
    public static func read(path: String) throws -> SourceFile {
        let url = URL(fileURLWithPath: path)
        let data = try Data(contentsOf: url)
        return SourceFile(path: path, displayPath: absoluteDisplayPath(path), contents: [UInt8](data))
    }

    /// `path` joined to the current directory when relative, without normalization (as CPython).
    public static func absoluteDisplayPath(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        let cwd = FileManager.default.currentDirectoryPath
        return cwd.hasSuffix("/") ? cwd + path : cwd + "/" + path
    }

    /// The number of lines.
    public var lineCount: Int { bytes.isEmpty ? 0 : lineStarts.count }

    /// The byte offset where 1-based line `line` starts (the end of the text past the last line).
    public func lineStart(_ line: Int) -> Int {
        if line < 1 { return 0 }
        if line - 1 < lineStarts.count { return Int(lineStarts[line - 1]) }
        return bytes.count
    }

    /// The bytes of 1-based line `line`, including its `\n`; empty past the end.
    public func lineBytes(_ line: Int) -> ArraySlice<UInt8> {
        guard line >= 1, line - 1 < lineStarts.count else { return [] }
        let start = Int(lineStarts[line - 1])
        let end = line < lineStarts.count ? Int(lineStarts[line]) : bytes.count
        return bytes[start..<end]
    }

    /// The text of 1-based line `line`, including its `\n` (as CPython's `SyntaxError.text`).
    public func lineText(_ line: Int) -> String {
        String(decoding: lineBytes(line), as: UTF8.self)
    }

    /// The line as CPython's error reports show it (`err_programtext`): read back from the file in
    /// chunks of 999 bytes, so that of a longer line only the last chunk is shown.
    public func reportedLineText(_ line: Int) -> String {
        let bytes = lineBytes(line)
        guard bytes.count > 999 else { return String(decoding: bytes, as: UTF8.self) }
        let chunk = (bytes.count - 1) / 999 * 999
        return String(decoding: bytes.dropFirst(chunk), as: UTF8.self)
    }

    /// The text between two byte offsets.
    public func text(from start: Int, to end: Int) -> String {
        String(decoding: bytes[max(0, start)..<min(end, bytes.count)], as: UTF8.self)
    }

    static func normalizeNewlines(_ input: [UInt8]) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(input.count + 1)
        var i = 0
        let n = input.count
        while i < n {
            let c = input[i]
            if c == 13 {
                out.append(10)
                if i + 1 < n && input[i + 1] == 10 { i += 1 }
            } else {
                out.append(c)
            }
            i += 1
        }
        if let last = out.last, last != 10 { out.append(10) }
        return out
    }

    static func indexLines(_ bytes: [UInt8]) -> [Int32] {
        var starts: [Int32] = [0]
        starts.reserveCapacity(bytes.count / 32 + 2)
        for (i, c) in bytes.enumerated() where c == 10 && i + 1 < bytes.count {
            starts.append(Int32(i + 1))
        }
        return starts
    }

    /// The line of the first byte that is not UTF-8, and CPython's message for a file that does not
    /// declare its encoding.
    static func nonUTF8Error(_ bytes: [UInt8], lineStarts: [Int32], displayPath: String) -> (SyntaxError, Int)? {
        guard let bad = SourceDecoder.firstInvalidUTF8(bytes[...]) else { return nil }
        var line = 1
        while line < lineStarts.count && Int(lineStarts[line]) <= bad { line += 1 }
        let hex = String(bytes[bad], radix: 16)
        let message = "Non-UTF-8 code starting with '\\x\(hex)' in file \(displayPath) on line \(line), but no encoding declared; see https://peps.python.org/pep-0263/ for details"
        return (SourceDecoder.messageOnly(message), Int(lineStarts[line - 1]))
    }

    /// CPython refuses NUL bytes in a source file, reporting the line cut at the NUL.
    static func nulByteError(_ bytes: [UInt8], lineStarts: [Int32], displayPath: String) -> (SyntaxError, Int)? {
        guard let index = bytes.firstIndex(of: 0) else { return nil }
        var line = 1
        while line < lineStarts.count && Int(lineStarts[line]) <= index { line += 1 }
        let start = Int(lineStarts[line - 1])
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        let error = SyntaxError(kind: .syntaxError, message: "source code cannot contain null bytes",
                                filename: displayPath, lineno: line, offset: 0, text: text,
                                endLineno: line, endOffset: 0)
        return (error, start)
    }
}

/// Decoding of a source file's bytes to UTF-8, following PEP 263 as CPython's tokenizer does.
enum SourceDecoder {
    enum Encoding {
        case utf8, latin1, ascii, table([UInt16])
    }

    static func decode(_ contents: [UInt8], displayPath: String) -> Result<[UInt8], SyntaxError> {
        var body = contents[...]
        var hasBOM = false
        if contents.count >= 3 && contents[0] == 0xEF && contents[1] == 0xBB && contents[2] == 0xBF {
            hasBOM = true
            body = contents[3...]
        }
        let cookie = findCookie(body)
        var encoding = Encoding.utf8
        if let cookie {
            let normal = normalName(cookie)
            if hasBOM && normal != "utf-8" {
                return .failure(messageOnly("encoding problem: \(cookie) with BOM"))
            }
            guard let found = lookup(normal) else {
                return .failure(messageOnly("encoding problem: \(cookie)"))
            }
            encoding = found
        }
        switch encoding {
        case .utf8:
            // Without a declaration, bad bytes are reported when their line is read (see readError).
            if cookie != nil, let bad = firstInvalidUTF8(body) {
                return .failure(messageOnly("(unicode error) 'utf-8' codec can't decode byte 0x\(String(body[bad], radix: 16)) in position \(bad - body.startIndex): invalid start byte"))
            }
            return .success(Array(body))
        case .ascii:
            if let i = body.firstIndex(where: { $0 >= 0x80 }) {
                return .failure(messageOnly("(unicode error) 'ascii' codec can't decode byte 0x\(String(body[i], radix: 16)) in position \(i - body.startIndex): ordinal not in range(128)"))
            }
            return .success(Array(body))
        case .latin1:
            return .success(transcode(body) { UInt32($0) })
        case .table(let table):
            for (i, b) in body.enumerated() where b >= 0x80 && table[Int(b) - 0x80] == 0xFFFF {
                return .failure(messageOnly("(unicode error) 'charmap' codec can't decode byte 0x\(String(b, radix: 16)) in position \(i): character maps to <undefined>"))
            }
            return .success(transcode(body) { $0 < 0x80 ? UInt32($0) : UInt32(table[Int($0) - 0x80]) })
        }
    }

    static func messageOnly(_ message: String) -> SyntaxError {
        SyntaxError(kind: .syntaxError, message: message, filename: nil, lineno: 0, offset: 0, text: nil,
                    endLineno: 0, endOffset: 0)
    }

    static func transcode(_ body: ArraySlice<UInt8>, _ map: (UInt8) -> UInt32) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(body.count * 2)
        for b in body { UTF8Writer.append(map(b), to: &out) }
        return out
    }

    /// The coding cookie of the first or second line (the second only if the first is a comment or
    /// blank), as CPython's `check_coding_spec` finds it.
    static func findCookie(_ body: ArraySlice<UInt8>) -> String? {
        var start = body.startIndex
        for lineIndex in 0..<2 {
            guard start < body.endIndex else { return nil }
            let end = body[start...].firstIndex(of: 10) ?? body.endIndex
            let line = body[start..<end]
            if let name = cookie(in: line) { return name }
            // Only a comment-only or blank first line lets the second line declare the encoding.
            if lineIndex == 0 {
                let first = line.first(where: { $0 != 32 && $0 != 9 && $0 != 12 && $0 != 13 })
                if let first, first != UInt8(ascii: "#") { return nil }
            }
            start = end + 1
        }
        return nil
    }

    static func cookie(in line: ArraySlice<UInt8>) -> String? {
        var i = line.startIndex
        while i < line.endIndex && (line[i] == 32 || line[i] == 9 || line[i] == 12) { i += 1 }
        guard i < line.endIndex, line[i] == UInt8(ascii: "#") else { return nil }
        let coding = Array("coding".utf8)
        var j = i
        while j + 6 < line.endIndex {
            if Array(line[j..<j + 6]) == coding && (line[j + 6] == UInt8(ascii: ":") || line[j + 6] == UInt8(ascii: "=")) {
                var k = j + 7
                while k < line.endIndex && (line[k] == 32 || line[k] == 9) { k += 1 }
                var e = k
                while e < line.endIndex {
                    let c = line[e]
                    let ok = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
                        || c == UInt8(ascii: "-") || c == UInt8(ascii: "_") || c == UInt8(ascii: ".")
                    if !ok { break }
                    e += 1
                }
                if e > k { return String(decoding: line[k..<e], as: UTF8.self) }
                return nil
            }
            j += 1
        }
        return nil
    }

    /// CPython's `get_normal_name`: folds the spellings of UTF-8 and Latin-1.
    static func normalName(_ name: String) -> String {
        let folded = String(name.prefix(12)).lowercased().replacingOccurrences(of: "_", with: "-")
        if folded == "utf-8" || folded.hasPrefix("utf-8-") { return "utf-8" }
        if ["latin-1", "iso-8859-1", "iso-latin-1"].contains(folded) || folded.hasPrefix("latin-1-")
            || folded.hasPrefix("iso-8859-1-") || folded.hasPrefix("iso-latin-1-") {
            return "iso-8859-1"
        }
        return name
    }

    /// The codecs Adder knows, under the aliases Python's codec registry accepts for them.
    static func lookup(_ name: String) -> Encoding? {
        let key = name.lowercased().replacingOccurrences(of: "-", with: "_").replacingOccurrences(of: " ", with: "_")
        switch key {
        case "utf_8", "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4", "cp65001", "utf_8_sig": return .utf8
        case "iso_8859_1", "latin_1", "latin1", "l1", "iso8859_1", "8859", "cp819", "latin", "iso_ir_100":
            return .latin1
        case "ascii", "us_ascii", "646", "us", "ansi_x3.4_1968", "iso646_us": return .ascii
        default:
            // Python's search function: punctuation runs become "_", then the alias table.
            var normalized = ""
            var pendingUnderscore = false
            for c in key {
                if c.isLetter || c.isNumber || c == "." {
                    if pendingUnderscore && !normalized.isEmpty { normalized += "_" }
                    pendingUnderscore = false
                    normalized.append(c)
                } else {
                    pendingUnderscore = true
                }
            }
            let name = SourceEncodings.aliases[normalized]
                ?? SourceEncodings.aliases[normalized.replacingOccurrences(of: ".", with: "_")]
            guard let name, let table = SourceEncodings.tables[name] else { return nil }
            return .table(table)
        }
    }

    /// The offset of the first byte that does not start a valid UTF-8 sequence (surrogates excluded).
    static func firstInvalidUTF8(_ s: ArraySlice<UInt8>) -> Int? {
        var i = s.startIndex
        let end = s.endIndex
        while i < end {
            let c = s[i]
            if c < 0x80 { i += 1; continue }
            var need = 0
            var minCode: UInt32 = 0
            var code: UInt32 = 0
            if c >= 0xC2 && c <= 0xDF { need = 1; code = UInt32(c & 0x1F); minCode = 0x80 }
            else if c >= 0xE0 && c <= 0xEF { need = 2; code = UInt32(c & 0x0F); minCode = 0x800 }
            else if c >= 0xF0 && c <= 0xF4 { need = 3; code = UInt32(c & 0x07); minCode = 0x10000 }
            else { return i }
            for k in 1...need {
                guard i + k < end, s[i + k] & 0xC0 == 0x80 else { return i }
                code = code << 6 | UInt32(s[i + k] & 0x3F)
            }
            if code < minCode || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF) { return i }
            i += need + 1
        }
        return nil
    }
}

/// Appends code points to a UTF-8 (or WTF-8: lone surrogates are allowed) byte buffer.
enum UTF8Writer {
    @inline(__always)
    static func append(_ c: UInt32, to out: inout [UInt8]) {
        if c < 0x80 {
            out.append(UInt8(c))
        } else if c < 0x800 {
            out.append(UInt8(0xC0 | (c >> 6)))
            out.append(UInt8(0x80 | (c & 0x3F)))
        } else if c < 0x10000 {
            out.append(UInt8(0xE0 | (c >> 12)))
            out.append(UInt8(0x80 | ((c >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (c & 0x3F)))
        } else {
            out.append(UInt8(0xF0 | (c >> 18)))
            out.append(UInt8(0x80 | ((c >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((c >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (c & 0x3F)))
        }
    }
}

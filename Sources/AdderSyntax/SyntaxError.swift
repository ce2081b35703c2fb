// SyntaxError: what the front end reports when a program cannot be compiled.
//
// The fields are those of CPython's SyntaxError (`msg`, `filename`, `lineno`, `offset`, `text`,
// `end_lineno`, `end_offset`) with CPython's conventions, because `formatted()` must reproduce
// byte for byte what `python3 FILE` prints: `offset` and `end_offset` are 1-based *byte* offsets
// into the UTF-8 line (CPython keeps byte offsets when it reads a file), `text` is the source line
// including its newline, and an offset of 0 or less means "no caret". `formatted()` follows
// `print_exception_file_and_line` and `print_error_text` of CPython 3.11's pythonrun.c, quirks
// included (the caret line is computed on bytes; a multi-line range is clipped to the first line).
import Foundation

/// A syntax, indentation or tab error, with CPython's message and location.
public struct SyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The exception class CPython raises.
    public enum Kind: String, Sendable {
        case syntaxError = "SyntaxError"
        case indentationError = "IndentationError"
        case tabError = "TabError"
        /// CPython's parser gives up with a MemoryError on absurdly deep nesting (its MAXSTACK).
        case memoryError = "MemoryError"
        /// CPython's symbol table gives up on trees nested more than 3000 deep.
        case recursionError = "RecursionError"
    }

    public var kind: Kind
    /// The message, as CPython words it.
    public var message: String
    /// The file name shown in the `File "..."` line; nil when CPython reports no location.
    public var filename: String?
    /// 1-based line of the error (0 when unknown).
    public var lineno: Int
    /// 1-based byte offset of the first highlighted byte in `text`; 0 or less shows no caret.
    public var offset: Int
    /// The source line, with its trailing newline where it has one.
    public var text: String?
    /// Line of the end of the highlighted range.
    public var endLineno: Int
    /// 1-based byte offset just past the highlighted range; 0 or less highlights one byte.
    public var endOffset: Int

    public init(kind: Kind, message: String, filename: String?, lineno: Int, offset: Int, text: String?,
                endLineno: Int, endOffset: Int) {
        self.kind = kind
        self.message = message
        self.filename = filename
        self.lineno = lineno
        self.offset = offset
        self.text = text
        self.endLineno = endLineno
        self.endOffset = endOffset
    }

    /// 0-based byte column of the error in its line (-1 when unknown).
    public var column: Int { offset - 1 }

    /// 0-based byte column of the end of the highlighted range (-1 when unknown).
    public var endColumn: Int { endOffset - 1 }

    public var description: String { "\(kind.rawValue): \(message) (line \(lineno), offset \(offset))" }

    /// Exactly what CPython 3.11 prints to stderr for this error when it is not caught.
    public func formatted() -> String {
        if kind == .memoryError { return "MemoryError\n" }
        if kind == .recursionError { return "RecursionError: \(message)\n" }
        var out = ""
        if let filename {
            out += "  File \"\(filename)\", line \(lineno)\n"
            if let text {
                // CPython 3.11 underlines only one character for IndentationError and TabError.
                let end = kind == .syntaxError ? clippedEndOffset(text) : -1
                out += SyntaxError.errorText(text, offset: offset, endOffset: end)
            }
        }
        out += "\(kind.rawValue): \(message)\n"
        return out
    }

    /// CPython clips a range that runs past its first line to the end of that line.
    private func clippedEndOffset(_ text: String) -> Int {
        let size = text.utf8.count
        var end = endOffset
        if endLineno > lineno { end = size }
        if end > size + 1 { end = size + 1 }
        return end
    }

    /// `print_error_text`: the stripped source line and the caret line, computed on bytes.
    static func errorText(_ textString: String, offset startOffset: Int, endOffset: Int) -> String {
        let caretCount = (endOffset > 0 && endOffset > startOffset) ? endOffset - startOffset : 1
        var text = Array(textString.utf8)[...]
        var offset = startOffset - 1
        while let c = text.first, c == 32 || c == 9 || c == 12 {
            text = text.dropFirst()
            offset -= 1
        }
        var len = text.count
        if len > 0 && text.last == 10 { len -= 1 }
        if offset > len { offset = len }
        // Skip past newlines embedded in the text that lie before the offset.
        while let nl = text.firstIndex(of: 10) {
            let inl = nl - text.startIndex
            if inl >= offset { break }
            text = text[(nl + 1)...]
            len -= inl + 1
            offset -= inl + 1
        }
        var out = "    " + String(decoding: text, as: UTF8.self)
        if text.count <= len || text[text.startIndex + len] != 10 { out += "\n" }
        if offset < 0 { return out }
        out += "    " + String(repeating: " ", count: offset) + String(repeating: "^", count: caretCount) + "\n"
        return out
    }
}

/// A SyntaxWarning CPython prints while compiling (`invalid decimal literal`, `"is" with a literal`…).
public struct SyntaxWarning: Sendable, Equatable {
    public var message: String
    public var lineno: Int

    public init(message: String, lineno: Int) {
        self.message = message
        self.lineno = lineno
    }

    /// What the warnings module prints: `FILE:LINE: SyntaxWarning: message` and the stripped line.
    public func formatted(_ source: SourceFile) -> String {
        var out = "\(source.displayPath):\(lineno): SyntaxWarning: \(message)\n"
        if lineno >= 1 && lineno <= source.lineCount {
            let line = source.lineText(lineno).trimmingCharacters(in: .whitespacesAndNewlines)
            if !line.isEmpty { out += "  \(line)\n" }
        }
        return out
    }
}

// Reads the IR text form that `Printer.swift` writes, so that tests can be written in IR and dumps
// round-trip. Pools (constants, names, globals) are rebuilt from the inline forms.

/// An error in IR text, with the line where it was found.
public struct IRParseError: Error, CustomStringConvertible {
    public var line: Int
    public var message: String
    public var description: String { "IR line \(line): \(message)" }
}

/// Parses IR text into a module.
public struct IRParser {
    private enum Token: Equatable {
        case word(String)
        case value(UInt32)
        case line(Int32)
        case globalRef(String)
        case slotRef(String)
        case freeRef(String)
        case string([UInt8])
        case bytes([UInt8])
        case number(String)
        case punct(Character)
        case newline
        case end
    }

    private var tokens: [(Token, Int)] = []
    private var position = 0
    private var module = IRModule(filename: "")

    public init() {}

    /// Parse a whole module.
    public static func parse(_ text: String) throws -> IRModule {
        var parser = IRParser()
        try parser.tokenize(Array(text.utf8))
        return try parser.parseModule()
    }

    // MARK: - Tokens

    private mutating func tokenize(_ bytes: [UInt8]) throws {
        var i = 0
        var lineNumber = 1
        func isNameByte(_ b: UInt8) -> Bool {
            (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F
                || b == 0x2E || b >= 0x80
        }
        func name(from start: Int) -> (String, Int) {
            var j = start
            while j < bytes.count && isNameByte(bytes[j]) { j += 1 }
            return (String(decoding: bytes[start..<j], as: UTF8.self), j)
        }
        while i < bytes.count {
            let b = bytes[i]
            switch b {
            case 0x20, 0x09, 0x0D:
                i += 1
            case 0x0A:
                tokens.append((.newline, lineNumber))
                lineNumber += 1
                i += 1
            case 0x3B:  // ';' comment to end of line
                while i < bytes.count && bytes[i] != 0x0A { i += 1 }
            case 0x25:  // %N
                let (text, j) = name(from: i + 1)
                guard let n = UInt32(text) else { throw IRParseError(line: lineNumber, message: "bad value %\(text)") }
                tokens.append((.value(n), lineNumber))
                i = j
            case 0x21:  // !N
                let (text, j) = name(from: i + 1)
                guard let n = Int32(text) else { throw IRParseError(line: lineNumber, message: "bad line !\(text)") }
                tokens.append((.line(n), lineNumber))
                i = j
            case 0x40, 0x24, 0x5E:  // @global $slot ^free
                let (text, j) = name(from: i + 1)
                let token: Token = b == 0x40 ? .globalRef(text) : b == 0x24 ? .slotRef(text) : .freeRef(text)
                tokens.append((token, lineNumber))
                i = j
            case 0x22:
                let (s, j) = try readString(bytes, from: i, line: lineNumber)
                tokens.append((.string(s), lineNumber))
                i = j
            case 0x62 where i + 1 < bytes.count && bytes[i + 1] == 0x22:  // b"..."
                let (s, j) = try readBytes(bytes, from: i + 1, line: lineNumber)
                tokens.append((.bytes(s), lineNumber))
                i = j
            case 0x2D, 0x30...0x39:  // numbers (a lone '-' is punctuation)
                var j = i + 1
                while j < bytes.count && (isNameByte(bytes[j]) || ((bytes[j] == 0x2B || bytes[j] == 0x2D)
                        && (bytes[j - 1] == 0x65 || bytes[j - 1] == 0x45))) {
                    j += 1
                }
                let text = String(decoding: bytes[i..<j], as: UTF8.self)
                tokens.append((text == "-" ? .punct("-") : .number(text), lineNumber))
                i = j
            default:
                if isNameByte(b) {
                    let (text, j) = name(from: i)
                    tokens.append((.word(text), lineNumber))
                    i = j
                } else {
                    tokens.append((.punct(Character(Unicode.Scalar(b))), lineNumber))
                    i += 1
                }
            }
        }
        tokens.append((.end, lineNumber))
    }

    private func readString(_ bytes: [UInt8], from start: Int, line: Int) throws -> ([UInt8], Int) {
        var codePoints: [UInt32] = []
        var i = start + 1
        while i < bytes.count && bytes[i] != 0x22 {
            if bytes[i] == 0x5C, i + 1 < bytes.count {
                let e = bytes[i + 1]
                switch e {
                case 0x6E: codePoints.append(0x0A); i += 2
                case 0x74: codePoints.append(0x09); i += 2
                case 0x72: codePoints.append(0x0D); i += 2
                case 0x78:
                    guard i + 3 < bytes.count, let v = UInt32(String(decoding: bytes[(i + 2)...(i + 3)], as: UTF8.self), radix: 16)
                    else { throw IRParseError(line: line, message: "bad \\x escape") }
                    codePoints.append(v)
                    i += 4
                case 0x75:
                    guard let close = bytes[i...].firstIndex(of: 0x7D),
                          let v = UInt32(String(decoding: bytes[(i + 3)..<close], as: UTF8.self), radix: 16)
                    else { throw IRParseError(line: line, message: "bad \\u escape") }
                    codePoints.append(v)
                    i = close + 1
                default:
                    codePoints.append(UInt32(e))
                    i += 2
                }
            } else {
                // Raw bytes of the text are UTF-8: decode one code point.
                let (cp, length) = decodeOne(bytes, i)
                codePoints.append(cp)
                i += length
            }
        }
        guard i < bytes.count else { throw IRParseError(line: line, message: "unterminated string") }
        return (encodeWTF8(codePoints), i + 1)
    }

    /// A b"..." literal: printable ASCII as is, `\\`, `\"` and `\xHH` escapes for single bytes.
    private func readBytes(_ bytes: [UInt8], from start: Int, line: Int) throws -> ([UInt8], Int) {
        var out: [UInt8] = []
        var i = start + 1
        while i < bytes.count && bytes[i] != 0x22 {
            if bytes[i] == 0x5C, i + 1 < bytes.count {
                if bytes[i + 1] == 0x78 {
                    guard i + 3 < bytes.count,
                          let v = UInt8(String(decoding: bytes[(i + 2)...(i + 3)], as: UTF8.self), radix: 16)
                    else { throw IRParseError(line: line, message: "bad \\x escape") }
                    out.append(v)
                    i += 4
                } else {
                    out.append(bytes[i + 1])
                    i += 2
                }
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        guard i < bytes.count else { throw IRParseError(line: line, message: "unterminated bytes") }
        return (out, i + 1)
    }

    private func decodeOne(_ bytes: [UInt8], _ i: Int) -> (UInt32, Int) {
        let b = bytes[i]
        let length = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
        let end = min(bytes.count, i + length)
        let decoded = decodeWTF8(Array(bytes[i..<end]))
        return (decoded.first ?? UInt32(b), end - i)
    }

    private var current: Token { tokens[position].0 }
    private var currentLine: Int { tokens[position].1 }

    private mutating func advance() -> Token {
        let token = tokens[position].0
        if position < tokens.count - 1 { position += 1 }
        return token
    }

    private func error(_ message: String) -> IRParseError {
        IRParseError(line: currentLine, message: message + " (found \(current))")
    }

    private mutating func skipNewlines() {
        while current == .newline { _ = advance() }
    }

    private mutating func expect(_ c: Character) throws {
        guard current == .punct(c) else { throw error("expected '\(c)'") }
        _ = advance()
    }

    private mutating func expectWord(_ w: String) throws {
        guard current == .word(w) else { throw error("expected '\(w)'") }
        _ = advance()
    }

    private mutating func accept(_ c: Character) -> Bool {
        if current == .punct(c) {
            _ = advance()
            return true
        }
        return false
    }

    private mutating func word() throws -> String {
        guard case .word(let w) = advance() else { throw error("expected a word") }
        return w
    }

    private mutating func string() throws -> String {
        guard case .string(let s) = advance() else { throw error("expected a string") }
        return String(decoding: s, as: UTF8.self)
    }

    private mutating func integer() throws -> Int32 {
        guard case .number(let text) = advance(), let n = Int32(text) else { throw error("expected an integer") }
        return n
    }

    // MARK: - Module and functions

    private mutating func parseModule() throws -> IRModule {
        skipNewlines()
        try expectWord("module")
        module = IRModule(filename: try string())
        skipNewlines()
        try expectWord("globals")
        for name in try nameList() { _ = module.global(name) }
        skipNewlines()
        while current == .word("unit") {
            _ = advance()
            let name = try string()
            try expectWord("file")
            let file = try string()
            try expectWord("body")
            let label = try word()
            guard label.hasPrefix("fn"), let body = Int32(label.dropFirst(2)) else { throw error("expected fnN") }
            module.units.append(ModuleUnit(name: name, filename: file, body: body))
            skipNewlines()
        }
        while current == .word("func") {
            try parseFunction()
            skipNewlines()
        }
        guard current == .end else { throw error("expected 'func'") }
        return module
    }

    /// `(a, b, c)` of plain names.
    private mutating func nameList() throws -> [String] {
        try expect("(")
        var names: [String] = []
        while !accept(")") {
            names.append(try word())
            _ = accept(",")
        }
        return names
    }

    private mutating func parseFunction() throws {
        try expectWord("func")
        let label = try word()
        guard label == "fn\(module.functions.count)" else { throw error("functions must be numbered in order") }
        let name = try string()
        try expectWord("qualname")
        let function = IRFunction(name: name, qualname: try string(), firstLine: 0)
        if current == .word("unit") {
            _ = advance()
            function.unit = try integer()
        }
        if current == .word("generator") {
            _ = advance()
            function.isGenerator = true
        }
        if current == .word("doc") {
            _ = advance()
            guard case .string(let doc) = advance() else { throw error("expected the docstring") }
            function.docstring = doc
        }
        try expectWord("line")
        function.firstLine = try integer()
        function.signature = try parseSignature()
        try expectWord("free")
        function.freeVars = try nameList()
        try expectWord("slots")
        function.slots = try nameList()
        if current == .word("locals") {
            _ = advance()
            function.localNamesConstant = module.constant(try parseConstant())
        }
        try expect("{")
        _ = module.add(function)
        var body = FunctionBody(function: function)
        skipNewlines()
        while !accept("}") {
            try parseBlock(&body)
            skipNewlines()
        }
        try body.finish(line: currentLine)
    }

    private mutating func parseSignature() throws -> Signature {
        try expect("(")
        var signature = Signature()
        var positional: [String] = [], keywordOnly: [String] = []
        var varArgs: String?, varKeywords: String?
        var afterStar = false
        while !accept(")") {
            if accept("/") {
                signature.positionalOnly = positional.count
            } else if accept("*") {
                if accept("*") {
                    varKeywords = try word()
                } else {
                    afterStar = true
                    if case .word = current { varArgs = try word() }
                }
            } else if afterStar {
                keywordOnly.append(try word())
            } else {
                positional.append(try word())
            }
            _ = accept(",")
        }
        signature.names = positional + keywordOnly + (varArgs.map { [$0] } ?? []) + (varKeywords.map { [$0] } ?? [])
        signature.positional = positional.count
        signature.keywordOnly = keywordOnly.count
        signature.hasVarArgs = varArgs != nil
        signature.hasVarKeywords = varKeywords != nil
        return signature
    }

    /// The blocks and values of a function being parsed; values are defined in any order.
    private struct FunctionBody {
        let function: IRFunction
        var defined: Set<UInt32> = []

        mutating func define(_ n: UInt32, _ type: IRType, line: Int) throws {
            guard !defined.contains(n) else { throw IRParseError(line: line, message: "%\(n) defined twice") }
            defined.insert(n)
            while function.valueTypes.count <= Int(n) { function.valueTypes.append(.object) }
            function.valueTypes[Int(n)] = type
        }

        mutating func block(_ index: Int) -> BlockID {
            while function.blocks.count <= index { function.blocks.append(Block()) }
            return BlockID(index)
        }

        mutating func finish(line: Int) throws {
            // Values that are used but not defined are reported by the verifier; give them a type.
            var maxUsed = -1
            for block in function.blocks {
                for instruction in block.instructions {
                    for v in instruction.operands + instruction.targets.flatMap(\.args) { maxUsed = max(maxUsed, Int(v.index)) }
                }
            }
            while function.valueTypes.count <= maxUsed { function.valueTypes.append(.object) }
        }
    }

    private mutating func blockLabel() throws -> Int {
        let w = try word()
        guard w.hasPrefix("bb"), let n = Int(w.dropFirst(2)) else { throw error("expected a block label") }
        return n
    }

    private mutating func parseBlock(_ body: inout FunctionBody) throws {
        let id = body.block(try blockLabel())
        var params: [Value] = []
        if accept("(") {
            while !accept(")") {
                params.append(try definedValue(&body))
                _ = accept(",")
            }
        }
        var handler: BlockID?
        if current == .word("handler") {
            _ = advance()
            handler = body.block(try blockLabel())
        }
        try expect(":")
        body.function.blocks[Int(id.index)].params = params
        body.function.blocks[Int(id.index)].handler = handler
        skipNewlines()
        while true {
            if case .word(let w) = current, w.hasPrefix("bb") { break }
            if current == .punct("}") { break }
            let instruction = try parseInstruction(&body)
            body.function.blocks[Int(id.index)].instructions.append(instruction)
            skipNewlines()
        }
    }

    /// `%N` or `%N: type` at a definition.
    private mutating func definedValue(_ body: inout FunctionBody) throws -> Value {
        guard case .value(let n) = advance() else { throw error("expected a value") }
        var type = IRType.object
        if accept(":") {
            let name = try word()
            guard let t = IRType(rawValue: name) else { throw error("unknown type \(name)") }
            type = t
        }
        try body.define(n, type, line: currentLine)
        return Value(n)
    }

    private mutating func parseInstruction(_ body: inout FunctionBody) throws -> Instruction {
        var result: Value?
        if case .value = current {
            result = try definedValue(&body)
            try expect("=")
        }
        let opName = try word()
        guard let op = Opcode.byName[opName] else { throw error("unknown opcode \(opName)") }
        let info = op.info
        var instruction = Instruction(op, result: result, line: 0)
        if info.imm != .none { instruction.imm = try parseImmediate(info.imm, body.function) }
        if info.aux != .none { instruction.aux = try parseImmediate(info.aux, body.function) }
        _ = accept(",")
        while true {
            if case .value(let n) = current {
                _ = advance()
                instruction.operands.append(Value(n))
            } else if case .word(let w) = current, w.hasPrefix("bb") {
                let target = body.block(try blockLabel())
                var args: [Value] = []
                if accept("(") {
                    while !accept(")") {
                        guard case .value(let n) = advance() else { throw error("expected a value") }
                        args.append(Value(n))
                        _ = accept(",")
                    }
                }
                instruction.targets.append(BlockCall(target, args))
            } else {
                break
            }
            _ = accept(",")
        }
        guard case .line(let line) = advance() else { throw error("expected the line (!N)") }
        instruction.line = line
        return instruction
    }

    private mutating func parseImmediate(_ kind: ImmediateKind, _ function: IRFunction) throws -> Int32 {
        switch kind {
        case .none: return 0
        case .constant: return module.constant(try parseConstant())
        case .kwnames:
            if accept("-") { return -1 }
            return module.constant(try parseConstant())
        case .name: return module.name(try string())
        case .global:
            guard case .globalRef(let name) = advance() else { throw error("expected @global") }
            return module.global(name)
        case .function:
            let w = try word()
            guard w.hasPrefix("fn"), let n = Int32(w.dropFirst(2)) else { throw error("expected fnN") }
            return n
        case .slot:
            guard case .slotRef(let name) = advance(), let i = function.slots.firstIndex(of: name)
            else { throw error("expected a $slot of the function") }
            return Int32(i)
        case .freeVar:
            guard case .freeRef(let name) = advance(), let i = function.freeVars.firstIndex(of: name)
            else { throw error("expected a ^free variable of the function") }
            return Int32(i)
        case .binaryOp: return try enumCase(BinaryOp.allCases.map { ("\($0)", $0.rawValue) })
        case .compareOp: return try enumCase(CompareOp.allCases.map { ("\($0)", $0.rawValue) })
        case .unaryOp: return try enumCase(UnaryOp.allCases.map { ("\($0)", $0.rawValue) })
        case .conversion: return try enumCase(Conversion.allCases.map { ("\($0)", $0.rawValue) })
        case .unboundKind: return try enumCase(UnboundKind.allCases.map { ("\($0)", $0.rawValue) })
        case .count: return try integer()
        }
    }

    private mutating func enumCase(_ cases: [(String, Int32)]) throws -> Int32 {
        let w = try word()
        guard let found = cases.first(where: { $0.0 == w }) else { throw error("unknown operator \(w)") }
        return found.1
    }

    private mutating func parseConstant() throws -> IRConstant {
        switch advance() {
        case .word("None"): return .none
        case .word("True"): return .true
        case .word("False"): return .false
        case .word("Ellipsis"): return .ellipsis
        case .word("frozenset"):
            try expect("(")
            var items: [IRConstant] = []
            while !accept(")") {
                items.append(try parseConstant())
                _ = accept(",")
            }
            return .frozenset(items)
        case .word(let w): return try floatConstant(w)
        case .number(let text): return try numberConstant(text)
        case .string(let s): return .str(s)
        case .bytes(let b): return .bytes(b)
        case .punct("("):
            var items: [IRConstant] = []
            while !accept(")") {
                items.append(try parseConstant())
                _ = accept(",")
            }
            return .tuple(items)
        default:
            throw error("expected a constant")
        }
    }

    private func floatConstant(_ text: String) throws -> IRConstant {
        let imaginary = text.hasSuffix("j")
        let body = imaginary ? String(text.dropLast()) : text
        guard let d = Double(body) else { throw error("bad constant \(text)") }
        return imaginary ? .imaginary(d) : .float(d)
    }

    private func numberConstant(_ text: String) throws -> IRConstant {
        if text.hasSuffix("j") || text.contains(".") || text.contains("e") || text.contains("n") {
            return try floatConstant(text)
        }
        if let i = Int64(text) { return .int(i) }
        guard text.allSatisfy({ $0.isNumber || $0 == "-" }) else { throw error("bad number \(text)") }
        return .bigInt(text)
    }
}

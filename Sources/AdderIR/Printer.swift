// The IR's text form. `IRParser` reads exactly what this prints, so tests can be written in IR and
// `adder dump ir` round-trips.
//
//   module "x.py"
//   globals (__name__, fib)
//
//   func fn1 "fib" qualname "fib" line 1 (n) free () slots () {
//   bb0(%0):
//     %1 = const 2 !2
//     %2: bool = compare_bool lt %0, %1 !2
//     branch %2, bb1, bb2 !2
//   ...
//   }
//
// Constants, names, globals, slots and free variables are printed inline (by value or by name) rather
// than as pool indexes; `!N` is an instruction's source line; a block's handler follows its
// parameters (`bb3 handler bb7:`).

extension IRModule {
    /// The module's text form.
    public func printed() -> String {
        var out = "module \(quoted(Array(filename.utf8)))\n"
        out += "globals (\(globals.joined(separator: ", ")))\n"
        for unit in units {
            out += "unit \(quoted(Array(unit.name.utf8))) file \(quoted(Array(unit.filename.utf8))) body fn\(unit.body)\n"
        }
        for (i, function) in functions.enumerated() {
            out += "\n"
            out += print(function, index: i)
        }
        return out
    }

    /// One function's text form.
    public func print(_ function: IRFunction, index: Int) -> String {
        var out = "func fn\(index) \(quoted(Array(function.name.utf8))) qualname \(quoted(Array(function.qualname.utf8)))"
        if function.unit >= 0 { out += " unit \(function.unit)" }
        if function.isGenerator { out += " generator" }
        if let doc = function.docstring { out += " doc \(quoted(doc))" }
        out += " line \(function.firstLine) (\(function.signature.printed)) free (\(function.freeVars.joined(separator: ", ")))"
        out += " slots (\(function.slots.joined(separator: ", ")))"
        if function.localNamesConstant >= 0 { out += " locals \(constants[Int(function.localNamesConstant)].printed)" }
        out += " {\n"
        for (b, block) in function.blocks.enumerated() {
            out += "bb\(b)"
            if !block.params.isEmpty {
                out += "(" + block.params.map { typed($0, in: function) }.joined(separator: ", ") + ")"
            }
            if let handler = block.handler { out += " handler \(handler)" }
            out += ":\n"
            for instruction in block.instructions {
                out += "  " + print(instruction, in: function) + "\n"
            }
        }
        out += "}\n"
        return out
    }

    /// One instruction's text form (without indentation or newline).
    public func print(_ instruction: Instruction, in function: IRFunction) -> String {
        let info = instruction.op.info
        var out = ""
        if let result = instruction.result {
            out += typed(result, in: function) + " = "
        }
        out += info.name
        var parts: [String] = []
        if info.imm != .none { parts.append(immediate(instruction.imm, info.imm, in: function)) }
        if info.aux != .none { parts.append(immediate(instruction.aux, info.aux, in: function)) }
        var fields: [String] = []
        if !parts.isEmpty { fields.append(parts.joined(separator: " ")) }
        let operands = instruction.operands.map(\.description)
        let targets = instruction.targets.map { call in
            call.args.isEmpty ? call.block.description
                : "\(call.block)(\(call.args.map(\.description).joined(separator: ", ")))"
        }
        let list = operands + targets
        if !fields.isEmpty && !list.isEmpty {
            out += " " + fields[0] + ", " + list.joined(separator: ", ")
        } else if !fields.isEmpty {
            out += " " + fields[0]
        } else if !list.isEmpty {
            out += " " + list.joined(separator: ", ")
        }
        out += " !\(instruction.line)"
        return out
    }

    private func typed(_ value: Value, in function: IRFunction) -> String {
        let type = function.type(of: value)
        return type == .object ? value.description : "\(value): \(type.rawValue)"
    }

    private func immediate(_ value: Int32, _ kind: ImmediateKind, in function: IRFunction) -> String {
        switch kind {
        case .none: return ""
        case .constant: return constants[Int(value)].printed
        case .kwnames: return value < 0 ? "-" : constants[Int(value)].printed
        case .name: return quoted(Array(names[Int(value)].utf8))
        case .global: return "@" + globals[Int(value)]
        case .function: return "fn\(value)"
        case .slot: return "$" + function.slots[Int(value)]
        case .freeVar: return "^" + function.freeVars[Int(value)]
        case .binaryOp: return "\(BinaryOp(rawValue: value)!)"
        case .compareOp: return "\(CompareOp(rawValue: value)!)"
        case .unaryOp: return "\(UnaryOp(rawValue: value)!)"
        case .conversion: return "\(Conversion(rawValue: value)!)"
        case .unboundKind: return "\(UnboundKind(rawValue: value)!)"
        case .count: return "\(value)"
        }
    }
}

extension Signature {
    /// Python-like: `a, b, /, c, *args, d, **kw`.
    public var printed: String {
        var parts: [String] = []
        for i in 0..<positional {
            parts.append(names[i])
            if i == positionalOnly - 1 { parts.append("/") }
        }
        var next = positional + keywordOnly
        if hasVarArgs {
            parts.append("*" + names[next])
            next += 1
        } else if keywordOnly > 0 {
            parts.append("*")
        }
        for i in 0..<keywordOnly { parts.append(names[positional + i]) }
        if hasVarKeywords { parts.append("**" + names[next]) }
        return parts.joined(separator: ", ")
    }
}

extension IRConstant {
    /// The literal form used in the IR text.
    public var printed: String {
        switch self {
        case .none: return "None"
        case .true: return "True"
        case .false: return "False"
        case .ellipsis: return "Ellipsis"
        case .int(let i): return "\(i)"
        case .bigInt(let s): return s
        case .float(let d): return floatLiteral(d)
        case .imaginary(let d): return floatLiteral(d) + "j"
        case .str(let s): return quoted(s)
        case .bytes(let b): return "b" + quotedBytes(b)
        case .tuple(let items):
            if items.count == 1 { return "(\(items[0].printed),)" }
            return "(" + items.map(\.printed).joined(separator: ", ") + ")"
        case .frozenset(let items):
            return "frozenset(" + items.map(\.printed).joined(separator: ", ") + ")"
        }
    }
}

/// A double in a form that reads back exactly and always looks like a float.
func floatLiteral(_ d: Double) -> String {
    if d.isNaN { return "nan" }
    if d.isInfinite { return d < 0 ? "-inf" : "inf" }
    let text = "\(d)"
    return text.contains(".") || text.contains("e") ? text : text + ".0"
}

/// A WTF-8 string as a double-quoted literal: printable ASCII as is, everything else escaped
/// (`\n`, `\t`, `\r`, `\\`, `\"`, `\xHH`, `\u{HEX}`), so the text is plain ASCII.
func quoted(_ wtf8: [UInt8]) -> String {
    var out = "\""
    for cp in decodeWTF8(wtf8) {
        switch cp {
        case 0x5C: out += "\\\\"
        case 0x22: out += "\\\""
        case 0x0A: out += "\\n"
        case 0x09: out += "\\t"
        case 0x0D: out += "\\r"
        case 0x20..<0x7F: out.unicodeScalars.append(Unicode.Scalar(cp)!)
        case 0..<0x20, 0x7F: out += "\\x" + hex2(UInt8(cp))
        default: out += "\\u{" + String(cp, radix: 16) + "}"
        }
    }
    return out + "\""
}

private func quotedBytes(_ bytes: [UInt8]) -> String {
    var out = "\""
    for b in bytes {
        switch b {
        case 0x5C: out += "\\\\"
        case 0x22: out += "\\\""
        case 0x20..<0x7F: out.unicodeScalars.append(Unicode.Scalar(b))
        default: out += "\\x" + hex2(b)
        }
    }
    return out + "\""
}

private func hex2(_ b: UInt8) -> String {
    let digits = Array("0123456789abcdef")
    return String([digits[Int(b >> 4)], digits[Int(b & 15)]])
}

/// Code points of WTF-8 text (UTF-8 whose 3-byte sequences may encode surrogates).
public func decodeWTF8(_ bytes: [UInt8]) -> [UInt32] {
    var out: [UInt32] = []
    out.reserveCapacity(bytes.count)
    var i = 0
    while i < bytes.count {
        let b = UInt32(bytes[i])
        if b < 0x80 {
            out.append(b)
            i += 1
        } else if b < 0xE0, i + 1 < bytes.count {
            out.append((b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F))
            i += 2
        } else if b < 0xF0, i + 2 < bytes.count {
            out.append((b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F))
            i += 3
        } else if i + 3 < bytes.count {
            out.append((b & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
                       | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F))
            i += 4
        } else {
            out.append(b)
            i += 1
        }
    }
    return out
}

/// WTF-8 text of code points (surrogates are encoded like any other 3-byte code point).
public func encodeWTF8(_ codePoints: [UInt32]) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(codePoints.count)
    for cp in codePoints {
        switch cp {
        case 0..<0x80:
            out.append(UInt8(cp))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | (cp >> 6)))
            out.append(UInt8(0x80 | (cp & 0x3F)))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | (cp >> 12)))
            out.append(UInt8(0x80 | ((cp >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (cp & 0x3F)))
        default:
            out.append(UInt8(0xF0 | (cp >> 18)))
            out.append(UInt8(0x80 | ((cp >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((cp >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (cp & 0x3F)))
        }
    }
    return out
}

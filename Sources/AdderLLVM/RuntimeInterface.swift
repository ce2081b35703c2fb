// The runtime functions and data that generated code uses, declared once per LLVM module from one
// table. The names and C types are those of Runtime/include/adder.h; in the JIT they resolve to
// the runtime linked into the `adder` executable, in native executables to libadder_rt.a.

import CLLVM

/// The LLVM types generated code works with.
struct LLVMTypes {
    let context: LLVMContextRef
    let i1, i8, i32, i64, double, ptr, void: LLVMTypeRef

    init(_ context: LLVMContextRef) {
        self.context = context
        i1 = LLVMInt1TypeInContext(context)
        i8 = LLVMInt8TypeInContext(context)
        i32 = LLVMInt32TypeInContext(context)
        i64 = LLVMInt64TypeInContext(context)
        double = LLVMDoubleTypeInContext(context)
        ptr = LLVMPointerTypeInContext(context, 0)
        void = LLVMVoidTypeInContext(context)
    }

    func function(_ result: LLVMTypeRef, _ params: [LLVMTypeRef]) -> LLVMTypeRef {
        withArray(params) { LLVMFunctionType(result, $0, $1, 0) }
    }

    func int(_ v: Int64) -> LLVMValueRef { LLVMConstInt(i64, UInt64(bitPattern: v), 1) }
    func int32(_ v: Int32) -> LLVMValueRef { LLVMConstInt(i32, UInt64(bitPattern: Int64(v)), 1) }
    func bool(_ v: Bool) -> LLVMValueRef { LLVMConstInt(i1, v ? 1 : 0, 0) }
}

/// A C type in a runtime signature.
enum CType {
    case value, int32, int64, size, double, pointer, void

    func llvm(_ t: LLVMTypes) -> LLVMTypeRef {
        switch self {
        case .value, .int64, .size: return t.i64
        case .int32: return t.i32
        case .double: return t.double
        case .pointer: return t.ptr
        case .void: return t.void
        }
    }
}

/// The runtime's functions as generated code calls them: name → (result, parameters).
let runtimeSignatures: [String: (CType, [CType])] = [
    // Errors and tracebacks
    "ad_traceback_add": (.void, [.pointer, .int64]),
    "ad_raise": (.value, [.value]),
    "ad_raise_from": (.value, [.value, .value]),
    "ad_reraise": (.value, [.value]),
    "ad_reraise_current": (.value, []),
    "ad_err_fetch": (.value, []),
    "ad_err_name": (.value, [.value]),
    "ad_raise_unbound": (.value, [.value, .int32]),
    "ad_unreachable": (.value, []),
    "ad_exc_matches": (.int32, [.value, .value]),
    "ad_exc_enter_handler": (.value, [.value]),
    "ad_exc_exit_handler": (.void, [.value]),
    "ad_with_enter": (.value, [.value]),
    "ad_err_set_object": (.value, [.value]),
    "ad_yield_from_step": (.value, [.value, .value]),
    "ad_yield_from_result": (.value, []),
    "ad_with_exit": (.value, [.value, .value]),
    // Variables and functions
    "ad_load_global_fallback": (.value, [.value]),
    "ad_name_error_context": (.void, [.pointer, .pointer, .int64, .value]),
    "ad_builtin_lookup": (.value, [.value]),
    "ad_cell_new": (.value, [.value]),
    "ad_ns_get": (.value, [.value, .value]),
    "ad_ns_del": (.int32, [.value, .value]),
    "ad_function_new": (.value, [.pointer, .value, .value, .value]),
    "ad_call": (.value, [.value, .pointer, .size, .value]),
    "ad_call_method": (.value, [.value, .value, .pointer, .size, .value]),
    "ad_call_ex": (.value, [.value, .value, .value]),
    "ad_err_recursion": (.value, []),
    // Operators
    "ad_binop": (.value, [.int32, .value, .value]),
    "ad_inplace": (.value, [.int32, .value, .value]),
    "ad_add": (.value, [.value, .value]),
    "ad_sub": (.value, [.value, .value]),
    "ad_mul": (.value, [.value, .value]),
    "ad_concat_unique_or_add": (.value, [.value, .value, .int32]),
    "ad_neg": (.value, [.value]),
    "ad_pos": (.value, [.value]),
    "ad_invert": (.value, [.value]),
    "ad_compare": (.value, [.value, .value, .int32]),
    "ad_compare_bool": (.int32, [.value, .value, .int32]),
    "ad_contains": (.int32, [.value, .value]),
    "ad_truth": (.int32, [.value]),
    // Attributes and items
    "ad_getattr": (.value, [.value, .value]),
    "ad_setattr": (.int32, [.value, .value, .value]),
    "ad_delattr": (.int32, [.value, .value]),
    "ad_getitem": (.value, [.value, .value]),
    "ad_setitem": (.int32, [.value, .value, .value]),
    "ad_delitem": (.int32, [.value, .value]),
    "ad_slice_new": (.value, [.value, .value, .value]),
    // Displays
    "ad_list_from_array": (.value, [.pointer, .size]),
    "ad_tuple_from_array": (.value, [.pointer, .size]),
    "ad_build_set": (.value, [.pointer, .size]),
    "ad_build_dict": (.value, [.pointer, .size]),
    "ad_str_join_array": (.value, [.pointer, .size]),
    "ad_list_append": (.int32, [.value, .value]),
    "ad_list_extend": (.int32, [.value, .value]),
    "ad_set_add": (.int32, [.value, .value]),
    "ad_set_update": (.int32, [.value, .value]),
    "ad_dict_set": (.int32, [.value, .value, .value]),
    "ad_dict_merge": (.int32, [.value, .value]),
    "ad_dict_merge_kwargs": (.int32, [.value, .value, .value]),
    "ad_list_as_tuple": (.value, [.value]),
    // Strings
    "ad_format": (.value, [.value, .value]),
    "ad_str": (.value, [.value]),
    "ad_repr": (.value, [.value]),
    "ad_ascii": (.value, [.value]),
    // Iteration and unpacking
    "ad_iter": (.value, [.value]),
    "ad_next": (.value, [.value]),
    "ad_unpack": (.value, [.value, .int64]),
    "ad_unpack_star": (.value, [.value, .int64, .int64]),
    // Imports
    "ad_import": (.value, [.value]),
    "ad_import_from": (.value, [.value, .value]),
    // Pattern matching
    "ad_match_is_sequence": (.int32, [.value]),
    "ad_match_is_mapping": (.int32, [.value]),
    "ad_len": (.int64, [.value]),
    "ad_int_from_i64": (.value, [.int64]),
    "ad_float": (.value, [.double]),
    "ad_match_keys": (.value, [.value, .value]),
    "ad_match_rest": (.value, [.value, .value]),
    "ad_match_class": (.value, [.value, .value, .int64, .value]),
    // Program start
    "ad_load_constants": (.int32, [.pointer, .size, .pointer]),
    "ad_register_module": (.void, [.pointer, .pointer, .pointer, .pointer, .pointer, .pointer, .int64]),
    "ad_aot_main": (.int32, [.int32, .pointer, .pointer, .pointer]),
]

/// The runtime's data that generated code reads by address.
let runtimeData = ["ad_None", "ad_True", "ad_False", "ad_list_type", "ad_str_type", "ad_function_type",
                   "ad_range_iter_type", "ad_list_iter_type", "ad_call_depth", "ad_recursion_limit", "ad_float_type"]

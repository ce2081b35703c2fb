/*
 * structseq.c — struct sequences for C modules (see structseq.h for the layout and invariants).
 */
#include "structseq.h"
#include "containers.h"

#include <string.h>

static AdStructSeqType *seq_type(AdValue self) {
    AdType *t = ad_type(self);
    while (t->flags & AD_TPFLAG_HEAPTYPE) t = t->base;
    return (AdStructSeqType *)t;
}

/* The name the repr shows for visible field i: the i-th named field. */
static const char *repr_name(AdStructSeqType *st, int i) {
    for (int k = 0, named = 0; k < st->nfields; k++) {
        if (!st->fields[k]) continue;
        if (named++ == i) return st->fields[k];
    }
    return "unnamed";
}

static AdValue structseq_repr(AdValue self) {
    AdStructSeqType *st = seq_type(self);
    AdStrBuilder sb;
    ad_sb_init(&sb);
    ad_sb_append_cstr(&sb, st->type.name);
    ad_sb_append_char(&sb, '(');
    for (int i = 0; i < st->nvisible; i++) {
        if (i) ad_sb_append_cstr(&sb, ", ");
        ad_sb_append_cstr(&sb, repr_name(st, i));
        ad_sb_append_char(&sb, '=');
        AdValue r = ad_repr(AD_AS(AdTuple, self)->items[i]);
        if (!r) return AD_ERROR;
        ad_sb_append_str(&sb, r);
    }
    ad_sb_append_char(&sb, ')');
    return ad_sb_finish(&sb);
}

static AdValue structseq_getattr(AdValue self, AdValue name) {
    AdStructSeqType *st = seq_type(self);
    for (int i = 0; i < st->nfields; i++)
        if (st->fields[i] && ad_str_eq_cstr(name, st->fields[i])) return AD_AS(AdTuple, self)->items[i];
    return ad_generic_getattr(self, name);
}

static int structseq_setattr(AdValue self, AdValue name, AdValue value) {
    AdStructSeqType *st = seq_type(self);
    for (int i = 0; i < st->nfields; i++)
        if (st->fields[i] && ad_str_eq_cstr(name, st->fields[i])) {
            ad_err_set(&ad_AttributeError, "readonly attribute");
            return -1;
        }
    return ad_generic_setattr(self, name, value);
}

AdValue ad_structseq_new(AdStructSeqType *st, const AdValue *items) {
    AdTuple *t = (AdTuple *)ad_new_object(&st->type, sizeof(AdTuple) + (size_t)st->nfields * sizeof(AdValue));
    if (!t) return AD_ERROR;
    memcpy(t->items, items, (size_t)st->nfields * sizeof(AdValue));
    t->len = st->nvisible;
    return AD_VAL(t);
}

/* Type(sequence, dict=None): the visible fields from the sequence (at least nvisible items, at
 * most nfields), hidden ones from the rest of it, else from the dict, else None. */
static AdValue structseq_construct(AdType *type, const AdValue *args, size_t nargs, AdValue kwnames) {
    AdStructSeqType *st = (AdStructSeqType *)type;
    AdValue a[2];
    if (ad_parse_args("structseq", args, nargs, kwnames, "sequence|dict", a) < 0)
        return AD_ERROR;
    if (!ad_isinstance_type(a[0], &ad_tuple_type) && !ad_isinstance_type(a[0], &ad_list_type))
        return ad_err_set(&ad_TypeError, "constructor requires a sequence");
    AdValue seq = ad_tuple_from_iterable(a[0]);
    if (!seq) return AD_ERROR;
    int64_t len = ad_tuple_len(seq);
    if (len < st->nvisible) {
        if (st->nvisible == st->nfields)
            return ad_err_format(&ad_TypeError, "%s() takes a %d-sequence (%lld-sequence given)", st->type.name,
                                 st->nvisible, (long long)len);
        return ad_err_format(&ad_TypeError, "%s() takes an at least %d-sequence (%lld-sequence given)",
                             st->type.name, st->nvisible, (long long)len);
    }
    if (len > st->nfields) {
        if (st->nvisible == st->nfields)
            return ad_err_format(&ad_TypeError, "%s() takes a %d-sequence (%lld-sequence given)", st->type.name,
                                 st->nvisible, (long long)len);
        return ad_err_format(&ad_TypeError, "%s() takes an at most %d-sequence (%lld-sequence given)",
                             st->type.name, st->nfields, (long long)len);
    }
    AdValue dict = a[1] && a[1] != AD_NONE ? a[1] : 0;
    AdValue *items = ad_alloc(sizeof(AdValue) * (size_t)st->nfields);
    for (int i = 0; i < st->nfields; i++) {
        if (i < len) {
            items[i] = ad_tuple_get(seq, i);
        } else {
            AdValue v = 0;
            if (dict && st->fields[i]) {
                v = ad_dict_get_cstr(dict, st->fields[i]);
                if (!v && ad_err_occurred()) return AD_ERROR;
            }
            items[i] = v ? v : AD_NONE;
        }
    }
    if (st->fill_defaults) st->fill_defaults(items);
    return ad_structseq_new(st, items);
}

void ad_structseq_ready(AdStructSeqType *st) {
    if (st->type.dict) return;
    st->type.ob.type = &ad_type_type;
    st->type.base = &ad_tuple_type;
    st->type.repr = structseq_repr;
    st->type.getattr = structseq_getattr;
    st->type.setattr = structseq_setattr;
    st->type.construct = structseq_construct;
    st->type.instance_size = sizeof(AdTuple);
    ad_type_ready(&st->type, NULL, NULL);
    int unnamed = 0;
    for (int i = 0; i < st->nfields; i++) unnamed += st->fields[i] == NULL;
    ad_dict_set_cstr(st->type.dict, "n_fields", ad_small(st->nfields));
    ad_dict_set_cstr(st->type.dict, "n_sequence_fields", ad_small(st->nvisible));
    ad_dict_set_cstr(st->type.dict, "n_unnamed_fields", ad_small(unnamed));
    ad_type_modified(&st->type);
}

/*
 * structseq.h — named tuples of C modules (time.struct_time, os.stat_result), as CPython's
 * PyStructSequence: a tuple of the first `nvisible` fields that also has every field, visible or
 * hidden, as a read-only attribute.
 *
 * A struct sequence is an AdTuple whose `len` is the visible count; the hidden fields follow in
 * the same allocation (items[nvisible .. nfields-1]), so the collector keeps them alive and every
 * tuple operation (len, indexing, slicing, iteration, hash, comparison) sees the visible part only.
 * Field names may be NULL for unnamed visible fields (os.stat_result's integer times), which are
 * reached by index only; the repr then names visible field i after the i-th NAMED field, a quirk
 * of CPython's that this reproduces ("st_atime=1700000000").
 */
#ifndef ADDER_STRUCTSEQ_H
#define ADDER_STRUCTSEQ_H

#include "adder.h"

typedef struct AdStructSeqType {
    AdType type;               /* name is "module.Name" */
    const char *const *fields; /* nfields names (NULL: unnamed) */
    int nfields;
    int nvisible;
    /** Optional: fill hidden fields left None by the constructor (os.stat_result's float times). */
    void (*fill_defaults)(AdValue *items);
} AdStructSeqType;

/** Ready a struct sequence type (once): tuple base, repr, attributes, constructor, and the
 *  class attributes n_fields, n_sequence_fields and n_unnamed_fields. */
void ad_structseq_ready(AdStructSeqType *st);
/** A new instance holding items[0 .. nfields-1]. */
AdValue ad_structseq_new(AdStructSeqType *st, const AdValue *items);

#endif /* ADDER_STRUCTSEQ_H */

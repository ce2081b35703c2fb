/*
 * vmstack.c — the interpreter's register stack.
 *
 * The interpreter keeps every frame's registers in one large region. It is mapped with mmap, not
 * allocated from the collector, so that its untouched pages cost nothing and the collector does
 * not scan all of it: a push-other-roots hook marks only the live part, from the base up to
 * ad_vm_stack_top, which the interpreter moves as frames are pushed and popped.
 */
#include "adder.h"

#include <gc/gc.h>
#include <gc/gc_mark.h>
#include <sys/mman.h>

AdValue *ad_vm_stack_top;
AdValue *ad_vm_stack_limit;
static AdValue *stack_base;
static GC_push_other_roots_proc previous_hook;

static void push_vm_stack(void) {
    if (stack_base && ad_vm_stack_top > stack_base) GC_push_all(stack_base, ad_vm_stack_top);
    if (previous_hook) previous_hook();
}

AdValue *ad_vm_stack_create(size_t slots) {
    if (stack_base) return stack_base;
    void *p = mmap(NULL, slots * sizeof(AdValue), PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED) return NULL;
    stack_base = p;
    ad_vm_stack_top = stack_base;
    ad_vm_stack_limit = stack_base + slots;
    previous_hook = GC_get_push_other_roots();
    GC_set_push_other_roots(push_vm_stack);
    return stack_base;
}

define internal i64 @adder_fn1_sum_below(ptr nocapture readnone %0, ptr nocapture readonly %1) {
entry:
  %p0 = load i64, ptr %1, align 4
  %2 = and i64 %p0, 1
  br label %bb1

bb1:                                              ; preds = %bb1.backedge, %entry
  %3 = phi i64 [ 1, %entry ], [ %19, %bb1.backedge ]
  %4 = phi i64 [ 1, %entry ], [ %.be, %bb1.backedge ]
  %5 = and i64 %2, %4
  %.not = icmp eq i64 %5, 0
  br i1 %.not, label %slow, label %int

bb2:                                              ; preds = %int, %11
  %6 = and i64 %4, 1
  %7 = and i64 %6, %3
  %.not10 = icmp eq i64 %7, 0
  br i1 %.not10, label %slow2, label %int1

common.ret.sink.split:                            ; preds = %slow6, %slow2, %slow
  %.sink = phi i64 [ 4, %slow ], [ 5, %slow2 ], [ 6, %slow6 ]
  tail call void @ad_traceback_add(ptr nonnull @adder_code1, i64 %.sink)
  br label %common.ret

common.ret:                                       ; preds = %int, %11, %common.ret.sink.split
  %common.ret.op = phi i64 [ 0, %common.ret.sink.split ], [ %3, %11 ], [ %3, %int ]
  ret i64 %common.ret.op

int:                                              ; preds = %bb1
  %8 = icmp slt i64 %4, %p0
  br i1 %8, label %bb2, label %common.ret

slow:                                             ; preds = %bb1
  %9 = tail call i32 @ad_compare_bool(i64 %4, i64 %p0, i32 0)
  %10 = icmp slt i32 %9, 0
  br i1 %10, label %common.ret.sink.split, label %11, !prof !0

11:                                               ; preds = %slow
  %.not12 = icmp eq i32 %9, 0
  br i1 %.not12, label %common.ret, label %bb2

int1:                                             ; preds = %bb2
  %12 = add i64 %4, -1
  %13 = tail call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %3, i64 %12)
  %14 = extractvalue { i64, i1 } %13, 0
  %15 = extractvalue { i64, i1 } %13, 1
  br i1 %15, label %slow2, label %18, !prof !0

slow2:                                            ; preds = %int1, %bb2
  %16 = tail call i64 @ad_concat_unique_or_add(i64 %3, i64 %4, i32 0)
  %17 = icmp eq i64 %16, 0
  br i1 %17, label %common.ret.sink.split, label %18, !prof !0

18:                                               ; preds = %slow2, %int1
  %19 = phi i64 [ %14, %int1 ], [ %16, %slow2 ]
  %.not11 = icmp eq i64 %6, 0
  br i1 %.not11, label %slow6, label %int4

int4:                                             ; preds = %18
  %20 = tail call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %4, i64 2)
  %21 = extractvalue { i64, i1 } %20, 0
  %22 = extractvalue { i64, i1 } %20, 1
  br i1 %22, label %slow6, label %bb1.backedge, !prof !0

slow6:                                            ; preds = %18, %int4
  %23 = tail call i64 @ad_binop(i32 0, i64 %4, i64 3)
  %24 = icmp eq i64 %23, 0
  br i1 %24, label %common.ret.sink.split, label %bb1.backedge, !prof !0

bb1.backedge:                                     ; preds = %slow6, %int4
  %.be = phi i64 [ %23, %slow6 ], [ %21, %int4 ]
  br label %bb1
}

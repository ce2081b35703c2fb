define internal i64 @adder_fn1_sum_below(ptr nocapture readnone %0, ptr nocapture readonly %1) {
entry:
  %p0 = load i64, ptr %1, align 4
  %2 = and i64 %p0, 1
  %.not12.not = icmp eq i64 %2, 0
  %3 = ashr i64 %p0, 1
  %4 = sitofp i64 %3 to double
  %5 = inttoptr i64 %p0 to ptr
  %6 = getelementptr inbounds i8, ptr %5, i64 8
  %7 = add nsw i64 %3, 9007199254740992
  %8 = icmp ult i64 %7, 18014398509481985
  %9 = or i1 %.not12.not, %8
  br label %bb1

bb1:                                              ; preds = %bb1.backedge, %entry
  %10 = phi i64 [ 1, %entry ], [ %51, %bb1.backedge ]
  %11 = phi i64 [ 1, %entry ], [ %.be, %bb1.backedge ]
  %12 = and i64 %2, %11
  %.not = icmp eq i64 %12, 0
  br i1 %.not, label %floatcheck, label %int

bb2:                                              ; preds = %int.bb2_crit_edge, %float, %18
  %.pre-phi = phi i64 [ %.pre, %int.bb2_crit_edge ], [ %15, %float ], [ %15, %18 ]
  %13 = and i64 %.pre-phi, %10
  %.not13 = icmp eq i64 %13, 0
  br i1 %.not13, label %slow2, label %int1

common.ret.sink.split:                            ; preds = %slow4, %slow2, %slow
  %.sink = phi i64 [ 4, %slow ], [ 5, %slow2 ], [ 6, %slow4 ]
  tail call void @ad_traceback_add(ptr nonnull @adder_code1, i64 %.sink)
  br label %common.ret

common.ret:                                       ; preds = %float, %int, %18, %common.ret.sink.split
  %common.ret.op = phi i64 [ 0, %common.ret.sink.split ], [ %10, %18 ], [ %10, %int ], [ %10, %float ]
  ret i64 %common.ret.op

int:                                              ; preds = %bb1
  %14 = icmp slt i64 %11, %p0
  br i1 %14, label %int.bb2_crit_edge, label %common.ret

int.bb2_crit_edge:                                ; preds = %int
  %.pre = and i64 %11, 1
  br label %bb2

floatcheck:                                       ; preds = %bb1
  %15 = and i64 %11, 1
  %.not11.not = icmp eq i64 %15, 0
  br i1 %.not11.not, label %21, label %25

slow:                                             ; preds = %31, %38, %21
  %16 = tail call i32 @ad_compare_bool(i64 %11, i64 %p0, i32 0)
  %17 = icmp slt i32 %16, 0
  br i1 %17, label %common.ret.sink.split, label %18, !prof !0

18:                                               ; preds = %slow
  %.not15 = icmp eq i32 %16, 0
  br i1 %.not15, label %common.ret, label %bb2

19:                                               ; preds = %28, %25
  %20 = phi double [ %27, %25 ], [ %30, %28 ]
  br i1 %.not12.not, label %38, label %31

21:                                               ; preds = %floatcheck
  %22 = inttoptr i64 %11 to ptr
  %23 = load i64, ptr %22, align 4
  %24 = icmp eq i64 %23, ptrtoint (ptr @ad_float_type to i64)
  br i1 %24, label %28, label %slow

25:                                               ; preds = %floatcheck
  %26 = ashr i64 %11, 1
  %27 = sitofp i64 %26 to double
  br label %19

28:                                               ; preds = %21
  %29 = getelementptr inbounds i8, ptr %22, i64 8
  %30 = load double, ptr %29, align 8
  br label %19

31:                                               ; preds = %19, %41
  %32 = phi double [ %42, %41 ], [ %4, %19 ]
  %33 = ashr i64 %11, 1
  %34 = add nsw i64 %33, 9007199254740992
  %35 = icmp ult i64 %34, 18014398509481985
  %36 = or i1 %.not11.not, %35
  %37 = and i1 %9, %36
  br i1 %37, label %float, label %slow

38:                                               ; preds = %19
  %39 = load i64, ptr %5, align 4
  %40 = icmp eq i64 %39, ptrtoint (ptr @ad_float_type to i64)
  br i1 %40, label %41, label %slow

41:                                               ; preds = %38
  %42 = load double, ptr %6, align 8
  br label %31

float:                                            ; preds = %31
  %43 = fcmp olt double %20, %32
  br i1 %43, label %bb2, label %common.ret

int1:                                             ; preds = %bb2
  %44 = add i64 %11, -1
  %45 = tail call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %10, i64 %44)
  %46 = extractvalue { i64, i1 } %45, 0
  %47 = extractvalue { i64, i1 } %45, 1
  br i1 %47, label %slow2, label %50, !prof !0

slow2:                                            ; preds = %int1, %bb2
  %48 = tail call i64 @ad_concat_unique_or_add(i64 %10, i64 %11, i32 0)
  %49 = icmp eq i64 %48, 0
  br i1 %49, label %common.ret.sink.split, label %50, !prof !0

50:                                               ; preds = %slow2, %int1
  %51 = phi i64 [ %46, %int1 ], [ %48, %slow2 ]
  %.not14 = icmp eq i64 %.pre-phi, 0
  br i1 %.not14, label %floatcheck5, label %int6

slow4:                                            ; preds = %floatcheck5, %int6
  %52 = tail call i64 @ad_binop(i32 0, i64 %11, i64 3)
  %53 = icmp eq i64 %52, 0
  br i1 %53, label %common.ret.sink.split, label %bb1.backedge, !prof !0

bb1.backedge:                                     ; preds = %slow4, %float7, %int6
  %.be = phi i64 [ %52, %slow4 ], [ %63, %float7 ], [ %55, %int6 ]
  br label %bb1

int6:                                             ; preds = %50
  %54 = tail call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %11, i64 2)
  %55 = extractvalue { i64, i1 } %54, 0
  %56 = extractvalue { i64, i1 } %54, 1
  br i1 %56, label %slow4, label %bb1.backedge, !prof !0

floatcheck5:                                      ; preds = %50
  %57 = inttoptr i64 %11 to ptr
  %58 = load i64, ptr %57, align 4
  %59 = icmp eq i64 %58, ptrtoint (ptr @ad_float_type to i64)
  br i1 %59, label %float7, label %slow4

float7:                                           ; preds = %floatcheck5
  %60 = getelementptr inbounds i8, ptr %57, i64 8
  %61 = load double, ptr %60, align 8
  %62 = fadd double %61, 1.000000e+00
  %63 = tail call i64 @ad_float(double %62)
  br label %bb1.backedge
}

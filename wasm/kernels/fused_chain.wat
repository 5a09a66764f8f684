;; Chains of fused multiply-adds four lanes at a time, with relaxed SIMD's f32x4.relaxed_madd: one
;; fused instruction (a single rounding, as an x86 FMA) on every processor that has one. The
;; engine's own baseline-SIMD build has no fused multiply-add and builds each from float64
;; arithmetic (engine/kernels/fused_row.h) at many instructions a lane; the engine installs this
;; kernel only after checking that it fuses (engine/kernels/fused_chain.h). Its C++ compiler
;; (Emscripten 3.1.6's LLVM 14) emits only a pre-standard opcode for relaxed SIMD, which no
;; browser accepts, so the kernel is written here and assembled with wabt.
(module
  (import "engine" "memory" (memory 0))

  ;; dst[k] = fused(sources[t][k] · weights[t] + dst[k]) for t = 0, 1, … taps − 1 in turn, for
  ;; every k < count (a multiple of 4). sources: taps pointers to floats; weights: taps floats.
  (func (export "fused_chain")
    (param $dst i32) (param $count i32) (param $taps i32) (param $sources i32) (param $weights i32)
    (local $k i32) (local $end i32) (local $t i32) (local $tap_end i32) (local $src i32) (local $w v128)
    (local $a0 v128) (local $a1 v128) (local $a2 v128) (local $a3 v128)
    ;; byte offsets from here on
    (local.set $end (i32.shl (local.get $count) (i32.const 2)))
    (local.set $tap_end (i32.shl (local.get $taps) (i32.const 2)))
    ;; 16 lanes at a time: each tap's pointer and weight are read once for four registers
    (block $sixteen_done
      (loop $sixteen
        (br_if $sixteen_done (i32.gt_u (i32.add (local.get $k) (i32.const 64)) (local.get $end)))
        (local.set $a0 (v128.load offset=0 align=4 (i32.add (local.get $dst) (local.get $k))))
        (local.set $a1 (v128.load offset=16 align=4 (i32.add (local.get $dst) (local.get $k))))
        (local.set $a2 (v128.load offset=32 align=4 (i32.add (local.get $dst) (local.get $k))))
        (local.set $a3 (v128.load offset=48 align=4 (i32.add (local.get $dst) (local.get $k))))
        (local.set $t (i32.const 0))
        (block $taps_done
          (loop $tap
            (br_if $taps_done (i32.ge_u (local.get $t) (local.get $tap_end)))
            (local.set $src (i32.add (i32.load (i32.add (local.get $sources) (local.get $t))) (local.get $k)))
            (local.set $w (f32x4.splat (f32.load (i32.add (local.get $weights) (local.get $t)))))
            (local.set $a0 (f32x4.relaxed_madd (v128.load offset=0 align=4 (local.get $src)) (local.get $w) (local.get $a0)))
            (local.set $a1 (f32x4.relaxed_madd (v128.load offset=16 align=4 (local.get $src)) (local.get $w) (local.get $a1)))
            (local.set $a2 (f32x4.relaxed_madd (v128.load offset=32 align=4 (local.get $src)) (local.get $w) (local.get $a2)))
            (local.set $a3 (f32x4.relaxed_madd (v128.load offset=48 align=4 (local.get $src)) (local.get $w) (local.get $a3)))
            (local.set $t (i32.add (local.get $t) (i32.const 4)))
            (br $tap)))
        (v128.store offset=0 align=4 (i32.add (local.get $dst) (local.get $k)) (local.get $a0))
        (v128.store offset=16 align=4 (i32.add (local.get $dst) (local.get $k)) (local.get $a1))
        (v128.store offset=32 align=4 (i32.add (local.get $dst) (local.get $k)) (local.get $a2))
        (v128.store offset=48 align=4 (i32.add (local.get $dst) (local.get $k)) (local.get $a3))
        (local.set $k (i32.add (local.get $k) (i32.const 64)))
        (br $sixteen)))
    ;; then 4 lanes at a time
    (block $four_done
      (loop $four
        (br_if $four_done (i32.ge_u (local.get $k) (local.get $end)))
        (local.set $a0 (v128.load align=4 (i32.add (local.get $dst) (local.get $k))))
        (local.set $t (i32.const 0))
        (block $taps_done
          (loop $tap
            (br_if $taps_done (i32.ge_u (local.get $t) (local.get $tap_end)))
            (local.set $a0
              (f32x4.relaxed_madd
                (v128.load align=4 (i32.add (i32.load (i32.add (local.get $sources) (local.get $t))) (local.get $k)))
                (f32x4.splat (f32.load (i32.add (local.get $weights) (local.get $t))))
                (local.get $a0)))
            (local.set $t (i32.add (local.get $t) (i32.const 4)))
            (br $tap)))
        (v128.store align=4 (i32.add (local.get $dst) (local.get $k)) (local.get $a0))
        (local.set $k (i32.add (local.get $k) (i32.const 16)))
        (br $four)))))

; Lesson 4: the stack, call and ret
;
;   jitter test lessons/04-stack-and-calls.asm
;
; The stack is memory that grows down from a high address. rsp always points at the
; value on top. Jitter gives your code a 256 KiB stack ending at 0x48000000 (`.stack`
; shows it).
;   push x   subtracts 8 from rsp, then stores x at [rsp]
;   pop x    loads x from [rsp], then adds 8 to rsp

; Last in, first out: what is pushed last comes back first.
        mov eax, 1
        mov ebx, 2
        push rax
        push rbx
        pop rcx
        pop rdx
        ret
; expect rcx == 2
; expect rdx == 1

; Every push moves rsp down by 8 bytes; watch it by keeping a copy in rax.
        mov rax, rsp
        push rbx
        mov rcx, rsp
        pop rbx
        sub rax, rcx
        ret
; expect rax == 8

; push does nothing but move rsp and store: the same effect, written out by hand.
        sub rsp, 8
        mov qword ptr [rsp], 99
        pop rdx
        ret
; expect rdx == 99

; call jumps to a function and pushes the return address: the address of the
; instruction after the call. Catch it with a call to the very next line, then pop it.
        call next
next:
        pop rax
        lea rcx, [rip + next]
        sub rax, rcx
        ret
; expect rax == 0

; ret is the other half: it pops an address and jumps there. Here is a function,
; `double`, that returns its argument (in rdi, by the usual convention) times two in
; rax. Jitter runs a block at its first `ret`, so the block's own return and the
; function's share the last line: `double` returns to `add`, which then jumps to the
; same `ret` to end the block.
        mov edi, 21
        call double
        add eax, 100
        jmp finish
double:
        lea eax, [rdi + rdi]
finish:
        ret
; expect eax == 142

; A function that needs memory of its own makes a stack frame: save rbp, point rbp at
; the frame, move rsp down to reserve room, and undo it all with `leave` before
; returning. Locals live at negative offsets from rbp.
        mov edi, 6
        call square
        jmp done
square:
        push rbp
        mov rbp, rsp
        sub rsp, 16
        mov dword ptr [rbp - 4], edi
        mov eax, dword ptr [rbp - 4]
        imul eax, dword ptr [rbp - 4]
        leave
done:
        ret
; expect eax == 36
; expect rbp == 0

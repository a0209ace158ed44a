import CTrampoline
import Glibc

extension Executor {
    func execute(_ image: ExecutableImage, mode: RunMode) throws(ExecutionError) -> ExecutionOutcome {
        settle()
        preparedRuns = nil
        let codeSize = image.code.count + SandboxLayout.exitStubSize
        guard codeSize <= SandboxLayout.codeCapacity else {
            throw .codeTooLarge(size: codeSize, capacity: SandboxLayout.codeCapacity)
        }
        guard image.dataOffset >= 0, image.data.count <= SandboxLayout.dataCapacity - min(image.dataOffset, SandboxLayout.dataCapacity) else {
            throw .dataTooLarge(size: max(0, image.dataOffset) + image.data.count, capacity: SandboxLayout.dataCapacity)
        }
        guard image.entryOffset >= 0, image.entryOffset <= image.code.count else {
            throw .entryOutOfRange(offset: image.entryOffset, codeSize: image.code.count)
        }

        let stubAddress = SandboxLayout.codeAddress + UInt64(image.code.count)
        // Staged in place, stub after it: the image's code is not copied into an array of its
        // own (it grows with every block the REPL keeps).
        lastCode = image.code
        lastCodeSize = codeSize
        let staging = memory.codeStaging
        image.code.withUnsafeBytes { staging.copyMemory(from: $0) }
        staging[image.code.count] = SandboxLayout.exitStub
        loadData(image.data, at: image.dataOffset)

        var input = state
        input.rflags = (state.rflags & RegisterState.enterableFlagsMask) | RegisterState.baseFlags
        input.rip = SandboxLayout.codeAddress + UInt64(image.entryOffset)
        switch mode {
        case .function:
            // The return address of the call that enters the code: the exit stub.
            input.rsp = SandboxLayout.stackTop - 8
            memory.stack.storeBytes(of: stubAddress.littleEndian, toByteOffset: SandboxLayout.stackSize - 8, as: UInt64.self)
        case .step:
            input.rsp = state.rsp
        }
        prepareControl(with: input, codeSize: codeSize, stubAddress: stubAddress)

        let standardInput = try RunInput(self.standardInput)
        droppedOutput = 0
        shownOutput = 0
        // Interrupts count from here on: earlier ones are stale. The supervisor is started (if
        // need be) only now, so once it exists a Ctrl-C is sure to reach the run.
        interrupts.drain()
        let forwarding = interruptsOnSIGINT
            && jitter_sigint_forward_begin(interrupts.writeEnd, interrupts.noticeWriteEnd) == 0
        defer { if forwarding { jitter_sigint_forward_end() } }
        var cpus = jitter_thread_cpus()
        let pinning = Supervisor.now() >= pinningResumes
        let cpu = pinning ? jitter_pin_thread(&cpus) : -1
        memory.control.pointee.caller_cpu = cpu
        defer { jitter_unpin_thread(&cpus) }
        try runOnSupervisor(standardInput, callerCPUs: cpus)
        if cpu >= 0 { notePinnedRun() }
        lastWorker = memory.control.pointee.worker_pid
        lastWorkerRuns = memory.control.pointee.worker_runs

        let outcome = try decode()
        switch outcome {
        case .returned(let registers):
            state = registers
        case .faulted(let fault):
            if let registers = fault.state { state = registers }
        default:
            break
        }
        if recordsMemoryMaps { memoryMaps = recordedMaps() }
        return outcome
    }

    /// Sends the request and relays output until the outcome is in. A request is sent again
    /// only when nothing can have run (the supervisor was gone before it took the request, or
    /// before it named the worker in the control block), so a block never runs twice.
    private func runOnSupervisor(_ input: RunInput, callerCPUs: jitter_thread_cpus) throws(ExecutionError) {
        var supervisor = try currentSupervisor(callerCPUs: callerCPUs)
        do {
            try supervisor.request(input: input.descriptor)
        } catch where Supervisor.isGone(error) {
            self.supervisor = nil
            supervisor = try currentSupervisor(callerCPUs: callerCPUs)
            try supervisor.request(input: input.descriptor)
        }
        do {
            try awaitOrAbandon(supervisor)
        } catch where Supervisor.isGone(error) && supervisor.workerGroup == nil {
            // Gone before it named the worker (which it does before it lets the worker go):
            // nothing ran, so asking again is safe.
            supervisor = try currentSupervisor(callerCPUs: callerCPUs)
            try supervisor.request(input: input.descriptor)
            try awaitOrAbandon(supervisor)
        }
        // The run is over and every process of it is gone: what the pipes hold is all it wrote
        // (nothing, when the poll that brought the answer found them empty).
        if supervisor.othersReadyAtAnswer {
            supervisor.output.drain { stream, bytes in relay(stream, bytes) }
        }
    }

    /// After a run pinned to the caller's CPU (see placement.c): when the supervisor or this
    /// thread waited long to be woken there, that CPU is busy with other work, and runs go
    /// where the scheduler puts them for a while.
    private func notePinnedRun() {
        let control = memory.control.pointee
        let now = Supervisor.now()
        let taken = control.taken_nanoseconds - control.request_nanoseconds
        let answered = now - control.answered_nanoseconds
        guard let supervisor, supervisor.requests > 1 else { return }
        if control.taken_nanoseconds > 0, control.answered_nanoseconds > 0,
           max(taken, answered) > Executor.contendedWakeUp {
            pinningResumes = now + Executor.unpinnedSpell
        }
    }

    /// A wake-up slower than this on the pinned CPU means other work holds it (a hand-off on
    /// an idle machine takes some microseconds).
    static let contendedWakeUp: Int64 = 250_000
    /// How long runs stay unpinned after that.
    static let unpinnedSpell: Int64 = 1_000_000_000

    /// Waits until nothing of the last run is left, when the supervisor answered while the
    /// worker was still being torn down (see ``Supervisor/teardownPending``): before anything
    /// touches the sandbox memory or the control block's request. A supervisor that does not
    /// finish it in time is killed (with what is left of the run) and replaced at the next run.
    func settle() {
        guard let supervisor, supervisor.teardownPending else { return }
        do {
            try supervisor.awaitTeardown(deadline: Supervisor.now() + Executor.answerMargin)
        } catch {
            supervisor.abandon()
            self.supervisor = nil
        }
    }

    /// Waits for the outcome; a supervisor found gone or unresponsive is killed and forgotten.
    private func awaitOrAbandon(_ supervisor: Supervisor) throws(ExecutionError) {
        do {
            try awaitOutcome(from: supervisor)
        } catch {
            if Supervisor.isGone(error) {
                supervisor.abandon()
                self.supervisor = nil
            }
            throw error
        }
    }

    /// How long past the time limit (or an interrupt) the supervisor may take to answer.
    static let answerMargin: Int64 = 2_000_000_000

    /// How much longer it may take after an interrupt that came before it had named the run's
    /// worker (see ``awaitOutcome(from:)``).
    static let startMargin: Int64 = 30_000_000_000

    private func awaitOutcome(from supervisor: Supervisor) throws(ExecutionError) {
        let grace = Executor.nanoseconds(Executor.stopGrace) + Executor.answerMargin
        let limit = limitNanoseconds
        var deadline: Int64?
        if limit > 0 {
            // A limit too far away to add up is no limit.
            let (span, tooLong) = limit.addingReportingOverflow(grace)
            let (end, tooLate) = Supervisor.now().addingReportingOverflow(span)
            deadline = tooLong || tooLate ? nil : end
        }
        while true {
            let watched = supervisor.output.readEnds + [interrupts.noticeReadEnd]
            switch try supervisor.wait(deadline: deadline, watching: watched) {
            case .done:
                return
            case .deadline:
                throw .supervisorUnresponsive
            case .readable(let fd):
                if fd == interrupts.noticeReadEnd {
                    // The supervisor stops the code within its grace of an interrupt once it
                    // has named the run's worker; before that (a worker still being made, which
                    // can take a loaded machine seconds) it meets the interrupt when it gets
                    // there, so it is given longer.
                    if interrupts.drainNotice() {
                        let margin = supervisor.workerGroup == nil ? Executor.startMargin : 0
                        let stop = Supervisor.now() + grace + margin
                        deadline = min(deadline ?? stop, stop)
                    }
                } else {
                    supervisor.output.read(fd) { stream, bytes in relay(stream, bytes) }
                }
            }
        }
    }

    /// Hands output on, up to the limit of the run; counts the rest.
    private func relay(_ stream: OutputStream, _ bytes: ArraySlice<UInt8>) {
        let room = max(0, outputLimit - shownOutput)
        let shown = bytes.prefix(room)
        droppedOutput += bytes.count - shown.count
        shownOutput += shown.count
        guard !shown.isEmpty else { return }
        if let outputHandler {
            outputHandler(stream, Array(shown))
        } else {
            OutputPipes.writeAll(Array(shown), to: stream == .standardOutput ? 1 : 2)
        }
    }

    /// The supervisor, started anew if the last one was lost, or if the calls the policy
    /// refuses or its argument rules changed since it started (it installed them in its own
    /// filter, which nothing can loosen).
    private func currentSupervisor(callerCPUs: jitter_thread_cpus) throws(ExecutionError) -> Supervisor {
        if let supervisor, supervisorFilter == SupervisorFilter(policy) { return supervisor }
        supervisor = nil
        let started = try Supervisor(memory: memory, interrupts: interrupts, callerCPUs: callerCPUs)
        supervisor = started
        supervisorFilter = SupervisorFilter(policy)
        return started
    }

    /// Puts the image's data into the data region: at `offset`, keeping what is before it, or
    /// (offset 0) as the whole region, clearing what the previous run left beyond it.
    private func loadData(_ data: [UInt8], at offset: Int) {
        let region = memory.data
        if offset > 0 {
            data.withUnsafeBytes { UnsafeMutableRawBufferPointer(rebasing: region[offset...]).copyMemory(from: $0) }
            dataMappedSize = max(dataMappedSize, SandboxMemory.roundedToPages(offset + data.count))
            return
        }
        data.withUnsafeBytes { region.copyMemory(from: $0) }
        let mapped = SandboxMemory.roundedToPages(data.count)
        let end = max(mapped, dataMappedSize)
        if end > data.count {
            UnsafeMutableRawBufferPointer(rebasing: region[data.count..<end])
                .initializeMemory(as: UInt8.self, repeating: 0)
        }
        dataMappedSize = mapped
    }

    private func prepareControl(with input: RegisterState, codeSize: Int, stubAddress: UInt64) {
        let control = memory.control
        withUnsafeMutableBytes(of: &control.pointee.registers_in) { slots in
            for index in 0..<RegisterState.count {
                slots.storeBytes(of: input[index], toByteOffset: index * 8, as: UInt64.self)
            }
        }
        control.pointee.code_size = UInt64(codeSize)
        control.pointee.code_address = SandboxLayout.codeAddress
        control.pointee.stub_address = stubAddress
        control.pointee.record_maps = recordsMemoryMaps ? 1 : 0
        // The regions of this run only (the persistent ones are the supervisor's to map).
        var regions: [jitter_region] = []
        if dataMappedSize > 0 {
            regions.append(jitter_region(address: SandboxLayout.dataAddress, size: UInt64(dataMappedSize),
                                         file_offset: UInt64(SandboxLayout.dataFileOffset)))
        }
        control.pointee.region_count = UInt32(regions.count)
        withUnsafeMutableBytes(of: &control.pointee.regions) { slots in
            regions.withUnsafeBytes { slots.copyMemory(from: $0) }
        }
        control.pointee.timeout_nanoseconds = limitNanoseconds
        control.pointee.stop_grace_nanoseconds = Executor.nanoseconds(Executor.stopGrace)
        applyPolicy(to: control)
        let layout = XStateLayout.current
        control.pointee.xstate_mask = layout.mask
        control.pointee.xstate_size = UInt32(layout.size)
        control.pointee.xstate_out_size = 0
        input.extended.writeXSAVE(
            into: UnsafeMutableRawBufferPointer(start: jitter_xstate_in(control), count: layout.size), layout: layout)

        control.pointee.status = JITTER_STATUS_NONE.rawValue
        control.pointee.ending = JITTER_ENDING_ENDED.rawValue
        control.pointee.signal = 0
        control.pointee.signal_code = 0
        control.pointee.signal_syscall = 0
        control.pointee.failed_errno = 0
        control.pointee.worker_pid = 0
        control.pointee.worker_runs = 0
        control.pointee.wait_status = 0
        control.pointee.fault_address = 0
        control.pointee.maps_filling_size = 0
        control.pointee.maps_entering_size = 0
    }

    private func applyPolicy(to control: UnsafeMutablePointer<jitter_control>) {
        if let settings = policySettings {
            control.pointee.policy = settings
        } else {
            let settings = Executor.settings(of: policy)
            policySettings = settings
            control.pointee.policy = settings
        }
        // A CPU-time backstop a little beyond the time limit, in case the stop goes astray.
        let limit = limitNanoseconds
        control.pointee.cpu_seconds_limit = limit > 0 ? UInt32(clamping: min(limit / 1_000_000_000 + 2, 1 << 30)) : 0
    }

    private static func settings(of policy: SandboxPolicy) -> jitter_policy {
        var settings = jitter_policy()
        settings.unprivileged_id = policy.unprivilegedID
        settings.address_space_limit = policy.addressSpaceLimit
        settings.file_size_limit = policy.fileSizeLimit
        settings.process_limit = policy.processLimit
        settings.open_files_limit = policy.openFilesLimit
        settings.rules = policy.rules
        let denied = policy.refusedNumbers.prefix(Int(JITTER_MAX_DENIED))
        settings.denied_count = UInt32(denied.count)
        withUnsafeMutableBytes(of: &settings.denied) { slots in
            for (index, number) in denied.enumerated() {
                slots.storeBytes(of: number, toByteOffset: index * 4, as: UInt32.self)
            }
        }
        return settings
    }

    /// The time limit in nanoseconds, at least a millisecond; 0 for none.
    var limitNanoseconds: Int64 {
        guard let timeout else { return 0 }
        return max(Executor.nanoseconds(timeout), 1_000_000)
    }

    static func nanoseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        let (whole, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        if overflow { return seconds < 0 ? -1 : Int64.max }
        return whole.addingReportingOverflow(attoseconds / 1_000_000_000).partialValue
    }

    private func failedCall() -> String {
        withUnsafeBytes(of: &memory.control.pointee.failed_call) { bytes in
            String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
        }
    }

    private func decode() throws(ExecutionError) -> ExecutionOutcome {
        let control = memory.control
        let ending = jitter_ending(rawValue: control.pointee.ending)
        if ending == JITTER_ENDING_SPAWN_FAILED {
            throw .systemCall(failedCall(), errno: control.pointee.failed_errno)
        }
        var registers = withUnsafeBytes(of: &control.pointee.registers_out) { slots in
            var registers = RegisterState.zero
            for index in 0..<RegisterState.count {
                registers[index] = slots.load(fromByteOffset: index * 8, as: UInt64.self)
            }
            return registers
        }
        // The code could have scribbled on the control block: trust no size beyond the area.
        let saved = min(Int(control.pointee.xstate_out_size), XStateLayout.current.size)
        let area = UnsafeRawBufferPointer(start: jitter_xstate_out(control), count: saved)
        registers.extended = ExtendedState(xsave: area, layout: XStateLayout.current) ?? state.extended
        switch jitter_status(rawValue: control.pointee.status) {
        case JITTER_STATUS_RETURNED:
            return .returned(registers)
        case JITTER_STATUS_SIGNALED:
            let code = control.pointee.signal_code
            // Only kernel-generated codes for faults carry an address (SI_KERNEL = 0x80 does not).
            let hasAddress = code > 0 && code < 0x80
            var fault = Fault(signal: control.pointee.signal, code: code,
                              address: hasAddress ? control.pointee.fault_address : nil, state: registers)
            if fault.signal == SIGSYS { fault.systemCall = control.pointee.signal_syscall }
            return .faulted(fault)
        case JITTER_STATUS_STOPPED:
            return ending == JITTER_ENDING_INTERRUPTED ? .interrupted(registers) : .timedOut(registers)
        case JITTER_STATUS_SETUP_FAILED:
            throw .systemCall(failedCall(), errno: control.pointee.failed_errno)
        default:
            break
        }
        let status = control.pointee.wait_status
        let terminatingSignal = status & 0x7F
        switch ending {
        case JITTER_ENDING_TIMED_OUT:
            return .timedOut(nil)
        case JITTER_ENDING_INTERRUPTED:
            return .interrupted(nil)
        default:
            if terminatingSignal == 0 {
                return .exited(status: (status >> 8) & 0xFF)
            }
            return .faulted(Fault(signal: terminatingSignal, code: 0, address: nil, state: nil))
        }
    }

    private func recordedMaps() -> MemoryMaps {
        let control = memory.control
        let filling = UnsafeRawBufferPointer(
            start: jitter_maps_filling(control), count: Int(control.pointee.maps_filling_size))
        let entering = UnsafeRawBufferPointer(
            start: jitter_maps_entering(control), count: Int(control.pointee.maps_entering_size))
        return MemoryMaps(whileFilling: String(decoding: filling, as: UTF8.self),
                          whenEntering: String(decoding: entering, as: UTF8.self))
    }
}

import Foundation

// The libFuzzer entry point for the loader. scripts/fuzz.sh compiles it together with the
// NaptrackCore sources and libyaml into one instrumented binary; it is not part of the package.
//
// Every input is loaded as a file, and whatever loads is validated on its own and alongside a
// fixed plan, so the readers, the validators and the cross-file checks all see hostile input.
// A crash, a Swift runtime trap, an AddressSanitizer report, a timeout or running out of memory
// is a finding.

/// A small valid plan that progress inputs are checked against.
private let companionPlan: Plan? = {
    let text = """
        naptrack: 1
        plan:
          id: ex-nap
          title: Fuzzing companion
          jurisdiction: EX
          period: {start: 2026-01-01, end: 2026-12-31}
          currency: EUR
        agencies:
          - {id: coord, name: Coordinator, type: government}
        objectives:
          - id: O1
            title: Prevention
            activities:
              - id: O1.1
                title: Hotline
                lead: coord
                start: 2026-01-01
                due: 2026-06-30
                indicators: [{id: calls, name: Calls}]
                milestones: [{id: m1, title: Open, due: 2026-03-01}]

        """
    if case .plan(let plan)? = DocumentLoader().load(bytes: Array(text.utf8), file: "companion.yaml").document {
        return plan
    }
    return nil
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func loaderFuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let (document, diagnostics) = DocumentLoader().load(bytes: bytes, file: "input.yaml")
    var workspace = Workspace(diagnostics: diagnostics, files: ["input.yaml"])
    if let companionPlan { workspace.plans.append(companionPlan) }
    switch document {
    case .plan(let plan)?:
        workspace.plans.append(plan)
        workspace.diagnostics += PlanValidator().validate(plan)
        workspace.diagnostics += PlanValidator(knownRequirements: ["osce-nrm:referral", "coe-cathb:art10.1"]).validate(plan)
        _ = plan.activities.count + plan.allObjectives.count
    case .progress(let report)?:
        workspace.progressReports.append(report)
        _ = workspace.progressReports(for: companionPlan ?? Plan(file: "", id: "", location: .wholeFile("")))
    case .configuration(let configuration)?:
        workspace.configuration = configuration
    case nil:
        break
    }
    workspace.diagnostics += WorkspaceValidator().validate(workspace)
    workspace.diagnostics.sort()
    for diagnostic in workspace.diagnostics {
        // Every diagnostic names the file, and a place in it when it has a line.
        if diagnostic.location.file != "input.yaml" && diagnostic.location.file != "companion.yaml" {
            reportFinding("diagnostic names another file: \(diagnostic)")
        }
        if diagnostic.location.line < 0 || diagnostic.location.column < 0 || (diagnostic.location.line > 0) != (diagnostic.location.column > 0) {
            reportFinding("diagnostic with an impossible place: \(diagnostic)")
        }
        _ = diagnostic.description
    }
    return 0
}

/// Stops the fuzzer on a broken promise (as opposed to a crash), so the input is saved.
private func reportFinding(_ message: String) -> Never {
    FileHandle.standardError.write(Data(("loader fuzzer finding: " + message + "\n").utf8))
    abort()
}

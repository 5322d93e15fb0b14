import RecruitNetIO

// Answers whose reports print account names as plain strings, with every name replaced: by its
// keyed pseudonym (so that a pseudonymized output shows no name anywhere), or by a node
// attribute (a network whose node ids are numbers, printed by name). The sets, orders and lists
// and the accounts the request named all change together. (Rankings and community reports print
// through `PrintedNames`, which keeps hashtags and domains; these answers hold accounts only.)

extension KeyPlayerAnswer {
  /// The answer with every account name pseudonymized.
  public func pseudonymized(by pseudonymizer: Pseudonymizer) -> KeyPlayerAnswer {
    renamed { pseudonymizer.pseudonym(for: $0) }
  }

  /// The answer with every account name replaced by `name(account)`.
  public func renamed(_ name: (String) -> String) -> KeyPlayerAnswer {
    var copy = self
    copy.sets = sets.map { $0.map(name) }
    copy.request.excluded = request.excluded.map(name)
    copy.request.targets = request.targets.map(name)
    return copy
  }
}

extension WhatIfAnswer {
  /// The answer with every account name pseudonymized.
  public func pseudonymized(by pseudonymizer: Pseudonymizer) -> WhatIfAnswer {
    renamed { pseudonymizer.pseudonym(for: $0) }
  }

  /// The answer with every account name replaced by `name(account)`.
  public func renamed(_ name: (String) -> String) -> WhatIfAnswer {
    var copy = self
    copy.request.suspended = request.suspended.map(name)
    copy.request.seeds = request.seeds.map(name)
    copy.cutOff = cutOff.map(name)
    copy.rankChanges = rankChanges.map { change in
      var change = change
      change.name = name(change.name)
      return change
    }
    copy.nextSuspensions = nextSuspensions.map { next in
      var next = next
      next.name = name(next.name)
      return next
    }
    return copy
  }
}

extension DismantleOutcome {
  /// The outcome with every removed account's name pseudonymized (custom orders too).
  public func pseudonymized(by pseudonymizer: Pseudonymizer) -> DismantleOutcome {
    renamed { pseudonymizer.pseudonym(for: $0) }
  }

  /// The answer with every account name replaced by `name(account)`.
  public func renamed(_ name: (String) -> String) -> DismantleOutcome {
    var copy = self
    copy.runs = runs.map { run in
      var run = run
      run.removedNames = run.removedNames.map(name)
      return run
    }
    copy.request.strategies = request.strategies.map { strategy in
      var strategy = strategy
      strategy.customNames = strategy.customNames?.map(name)
      return strategy
    }
    return copy
  }
}

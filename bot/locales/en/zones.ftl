# Custom zones (zoneov): /zones, the coach's zone from the card, the errors.
cmd-zones = Your zones, and changing them
zones-custom-athlete = ✏️ Z{ $label }: your own bounds
zones-custom-coach = ✏️ Z{ $label }: set by coach { $name }
zones-change-hint = To change a zone, send for example <code>/zones zone 2 hr 130-145</code>, <code>/zones zone 3 pace 4:50-5:10</code> or <code>/zones zone 2 power 150-210</code>; the open-ended zone takes one bound, like <code>zone 5c hr 182+</code>. Neighbouring zones move with it. <code>/zones reset</code> goes back to the zones from your thresholds.
zones-btn-reset = ↩️ Back to computed zones
zones-reset-done = { $count ->
    [0] You had no custom zones: nothing changed.
    [one] Done: one custom zone removed. Your zones come from your thresholds again.
   *[other] Done: { $count } custom zones removed. Your zones come from your thresholds again.
}
zones-set-done = ✅ Saved. Your sessions, activity zones, charts and the coach use these zones now.
zones-btn-coach = 🎯 A zone
zones-coach-ask = Which zone for { $name }? Send it like <code>zone 2 hr 130-145</code>, <code>zone 3 pace 4:50-5:10</code> or <code>zone 2 power 150-210</code>.
zones-coach-set = ✅ Saved for { $name }; they have been told.
zones-coach-notice = 🎯 Your coach { $coach } changed your training zones. Your sessions use them from now on; /zones shows them, and <code>/zones reset</code> goes back to the computed ones.
ob-error-zone-format = I couldn't read that zone. Write the zone number, what it is for and the range, for example <code>zone 2 hr 130-145</code>, <code>zone 3 pace 4:50-5:10</code> or <code>zone 2 power 150-210</code>.
ob-error-zone-empty = A zone needs two different bounds, like 130-145.
ob-error-zone-no-profile = Set up your profile first (/start), then your zones.
ob-error-zone-no-zones = There are no zones of that kind yet: they need a threshold first (FTP for power, threshold pace for running, CSS for swimming, LTHR or max heart rate for heart rate). /profile shows what is set.
ob-error-zone-number = There is no zone { $number }: these zones are { $count }.
ob-error-zone-open = Only zone { $hardest } is open-ended: give zone { $number } a range, like 130-145.
ob-error-zone-squeezed = Nothing was saved: with these bounds zone { $neighbour } would be squeezed too narrow to train in. Try <code>{ $command }</code>, the nearest range that leaves zone { $neighbour } room, or widen zone { $neighbour } first and then set zone { $number } again.
ob-error-zone-squeezed-only = Nothing was saved: any range for zone { $number } here would squeeze zone { $neighbour } too narrow to train in. Widen zone { $neighbour } first (<code>/zones zone { $neighbour } …</code>), then set zone { $number } again.
ob-error-zone-conflict = With these bounds zone { $number } does not fit between its neighbours (a gap or an overlap). Nothing was saved; /zones shows the zones as they are.

# loader lives here; see logs/ for the nightly runs

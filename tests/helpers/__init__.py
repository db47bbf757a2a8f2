"""The one test harness: servers, faults and helpers shared by every test package and bench/."""

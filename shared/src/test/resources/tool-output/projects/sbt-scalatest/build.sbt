// The sources are maven-scalatest's: one test fails, one suite aborts.
scalaVersion := "2.13.15"
libraryDependencies += "org.scalatest" %% "scalatest" % "3.2.19" % Test

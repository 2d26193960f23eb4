console.log("board v3")

package main

import (
	"encoding/xml"
	"fmt"
	"os"
)

type rss struct {
	Channel struct {
		Title string `xml:"title"`
		Items []struct {
			Title   string `xml:"title"`
			PubDate string `xml:"pubDate"`
		} `xml:"item"`
	} `xml:"channel"`
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: feedcheck FEED.xml")
		os.Exit(2)
	}
	data, err := os.ReadFile(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	var feed rss
	if err := xml.Unmarshal(data, &feed); err != nil {
		fmt.Fprintln(os.Stderr, "feedcheck:", err)
		os.Exit(1)
	}
	items := feed.Channel.Items
	fmt.Printf("%s: %d items\n", feed.Channel.Title, len(items))
	if len(items) > 0 {
		fmt.Printf("newest: %s (%s)\n", items[0].Title, items[0].PubDate)
	}
}

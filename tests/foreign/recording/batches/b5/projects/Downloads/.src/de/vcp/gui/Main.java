package de.vcp.gui;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.Socket;

public class Main {
    public static void main(String[] args) throws Exception {
        String host = System.getProperty("csms.host", "localhost");
        int port = Integer.getInteger("csms.port", 8887);
        System.out.println("VirtualChargePoint 0.1 - charge point vcp-01");
        System.out.println("connecting to central system " + host + ":" + port + " ...");
        try (Socket socket = new Socket(host, port);
             PrintWriter out = new PrintWriter(socket.getOutputStream(), true);
             BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream()))) {
            out.println("BootNotification vcp-01 VCP-Model-1");
            System.out.println("central system says: " + in.readLine());
            out.println("StatusNotification connector=1 Available");
            System.out.println("central system says: " + in.readLine());
        }
    }
}
